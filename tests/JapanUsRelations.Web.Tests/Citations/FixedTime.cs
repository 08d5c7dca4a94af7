namespace JapanUsRelations.Web.Tests.Citations;

/// <summary>A clock stopped at one instant, so accessed dates are known.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
