namespace JapanUsRelations.Comparison;

/// <summary>One marked difference in an entry: what the older side said there, what the newer side says, and its kind.</summary>
/// <param name="Kind">The kind of change.</param>
/// <param name="Older">The older text of the change ("" when only inserted).</param>
/// <param name="Newer">The newer text of the change ("" when only deleted).</param>
/// <param name="Sentences">For added or removed sentences, how many; otherwise 0.</param>
public sealed record TextChange(ChangeKind Kind, string Older, string Newer, int Sentences = 0);
