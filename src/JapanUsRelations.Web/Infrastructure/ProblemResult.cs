namespace JapanUsRelations.Web.Infrastructure;

/// <summary>A 400 answer saying what was wrong with the request (<see cref="Problem"/>: problem+json under <c>/api</c>).</summary>
/// <param name="title">A short summary ("Bad search").</param>
/// <param name="detail">What was wrong, naming the parameter and its value, and what is allowed.</param>
public sealed class ProblemResult(string title, string detail) : IResult
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext) => Problem.WriteAsync(httpContext, StatusCodes.Status400BadRequest, title, detail);
}
