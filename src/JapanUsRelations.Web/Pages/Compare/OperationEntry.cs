namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>One word operation of an entry: applying the equal and delete (left) or insert (right) texts rebuilds each side.</summary>
/// <param name="Op"><c>equal</c>, <c>delete</c>, <c>insert</c> or <c>break</c>.</param>
/// <param name="Text">The words.</param>
/// <param name="TypographyOnly">True when only quotes, dashes or spacing differ.</param>
/// <param name="Side">For a break: <c>left</c> or <c>right</c>, the side whose paragraph ends; otherwise null.</param>
public sealed record OperationEntry(string Op, string Text, bool TypographyOnly, string? Side);
