using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// One entry of the fact-kind catalogue (<c>fact-kinds.json</c>): what a fact speaks of, so that facts of different
/// editions line up, and how it is recognised. A quantity kind matches a quantity of <see cref="ValueType"/> whose
/// sentence matches <see cref="Sentence"/>, whose preceding text matches <see cref="Before"/> and whose following
/// text matches <see cref="After"/>. A name kind matches any of its <see cref="Patterns"/>. A table kind matches
/// the cells of a column of a table whose caption matches; its kind and label may hold <c>{row}</c>.
/// </summary>
public sealed record FactKind
{
    /// <summary>Stable id, e.g. <c>us-troops-in-japan</c>; a table kind may contain <c>{row}</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>What a reader sees, e.g. "U.S. troops based in Japan".</summary>
    public required string Label { get; init; }

    /// <summary>Topic slug, e.g. <c>alliance-and-security</c>.</summary>
    public required string Topic { get; init; }

    /// <summary>count, money, percent, fraction, rank, year, fiscal-year, date, month, name or table-cell.</summary>
    public required string ValueType { get; init; }

    /// <summary>The unit facts of this kind carry ("troops"); null keeps the recogniser's unit.</summary>
    public string? Unit { get; init; }

    /// <summary>Regex the whole sentence must match; null for any sentence.</summary>
    public string? Sentence { get; init; }

    /// <summary>Regex the sentence text before the value must match (anchor it with <c>$</c>).</summary>
    public string? Before { get; init; }

    /// <summary>Regex the sentence text after the value must match (anchor it with <c>^</c>).</summary>
    public string? After { get; init; }

    /// <summary>For name kinds: regexes with a <c>name</c> group and an optional <c>q</c> (qualifier) group.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>For table kinds: regex the table's caption must match.</summary>
    public string? Caption { get; init; }

    /// <summary>For table kinds: regex the column's header must match.</summary>
    public string? Column { get; init; }

    /// <summary>How the kind is recognised, in words, for the documentation and the pages.</summary>
    public required string Recognised { get; init; }

    /// <summary>True for a table kind whose id and label are filled per row.</summary>
    public bool IsTemplate => Kind.Contains("{row}", StringComparison.Ordinal);

    // Regexes are immutable and thread-safe: each pattern is built once per process, not once per pipeline.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    /// <summary>Compiles one of this kind's regexes (culture-invariant, with a timeout against hostile input), once per process.</summary>
    internal static Regex? Compile(string? pattern) =>
        pattern is null ? null : Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, PatternTimeout.PerMatch));
}
