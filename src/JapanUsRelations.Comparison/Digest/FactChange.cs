namespace JapanUsRelations.Comparison.Digest;

/// <summary>
/// A fact whose value differs between the two editions ("U.S. troops based in Japan: over 50,000 → around 60,000"),
/// with where each edition says it, so a reader can check both sentences.
/// </summary>
/// <param name="Kind">The fact kind, e.g. <c>us-troops-in-japan</c>.</param>
/// <param name="Label">The kind as a reader reads it, e.g. "U.S. troops based in Japan".</param>
/// <param name="Older">The older edition's value as written, e.g. "over 50,000".</param>
/// <param name="Newer">The newer edition's value as written.</param>
/// <param name="OlderPlace">Where the older edition says it.</param>
/// <param name="NewerPlace">Where the newer edition says it.</param>
public sealed record FactChange(string Kind, string Label, string Older, string Newer, BlockPlace OlderPlace, BlockPlace NewerPlace);
