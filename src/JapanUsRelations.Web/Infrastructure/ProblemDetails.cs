namespace JapanUsRelations.Web.Infrastructure;

/// <summary>An RFC 9457 problem document, as every bodiless <c>/api</c> error answers (<c>application/problem+json</c>).</summary>
/// <param name="Type">A URI naming the problem type; <c>about:blank</c> (the status says it all).</param>
/// <param name="Title">A short summary of the problem.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What was wrong with this request, and what exists instead.</param>
/// <param name="Instance">The path asked for.</param>
public sealed record ProblemDetails(string Type, string Title, int Status, string Detail, string Instance);
