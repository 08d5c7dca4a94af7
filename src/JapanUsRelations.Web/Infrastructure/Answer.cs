namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// What a route's handler answers: the record found (which the page renders and the twin serialises), a redirect,
/// or a helpful not-found. Exactly one of the three is set.
/// </summary>
/// <typeparam name="T">The found record: a named JSON contract.</typeparam>
public sealed class Answer<T>
    where T : class
{
    private Answer(T? found, Redirection? redirect, Pages.Shared.NotFoundModel? notFound)
    {
        Found = found;
        Redirect = redirect;
        NotFound = notFound;
    }

    /// <summary>The record asked for, when found.</summary>
    public T? Found { get; }

    /// <summary>Where the asked-for thing lives now, when elsewhere.</summary>
    public Redirection? Redirect { get; }

    /// <summary>What was asked for and what exists, when nothing answers.</summary>
    public Pages.Shared.NotFoundModel? NotFound { get; }

    /// <summary>The record was found.</summary>
    public static Answer<T> Of(T found) => new(found ?? throw new ArgumentNullException(nameof(found)), null, null);

    /// <summary>The thing lives at another URL.</summary>
    public static Answer<T> MovedTo(Redirection redirect) => new(null, redirect ?? throw new ArgumentNullException(nameof(redirect)), null);

    /// <summary>Nothing answers.</summary>
    public static Answer<T> Missing(Pages.Shared.NotFoundModel notFound) => new(null, null, notFound ?? throw new ArgumentNullException(nameof(notFound)));

    /// <summary>Shorthand for <see cref="Of"/>.</summary>
    public static implicit operator Answer<T>(T found) => Of(found);

    /// <summary>Shorthand for <see cref="MovedTo"/>.</summary>
    public static implicit operator Answer<T>(Redirection redirect) => MovedTo(redirect);

    /// <summary>Shorthand for <see cref="Missing"/>.</summary>
    public static implicit operator Answer<T>(Pages.Shared.NotFoundModel notFound) => Missing(notFound);
}
