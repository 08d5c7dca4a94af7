namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>How much one edition says on a topic.</summary>
/// <param name="Edition">The edition's id.</param>
/// <param name="Published">Its ISO date, or null.</param>
/// <param name="Kind"><c>report</c> or <c>reference</c>.</param>
/// <param name="Words">Words on the topic (each passage's words shared among its topics).</param>
/// <param name="Passages">Passages on the topic.</param>
public sealed record CoverageEntry(string Edition, string? Published, string Kind, int Words, int Passages)
{
    /// <summary>The coverage of a timeline entry.</summary>
    public static CoverageEntry Of(TopicEditionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Edition.Id, Shared.EditionDisplay.IsoDate(entry.Edition), entry.Edition.Kind.ToString().ToLowerInvariant(), entry.Words, entry.Passages.Count);
    }
}
