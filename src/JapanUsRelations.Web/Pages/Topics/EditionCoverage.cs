namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>One report edition on a topic page: how much it says, and the comparison with the edition before.</summary>
/// <param name="Edition">The edition's id.</param>
/// <param name="Published">Its ISO date.</param>
/// <param name="Words">Words on the topic.</param>
/// <param name="Passages">Passages on the topic.</param>
/// <param name="WhatChanged">The comparison with the edition before, at this edition's strongest passage; null for the first.</param>
public sealed record EditionCoverage(string Edition, string? Published, int Words, int Passages, string? WhatChanged);
