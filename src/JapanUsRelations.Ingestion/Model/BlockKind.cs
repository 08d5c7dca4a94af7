namespace JapanUsRelations.Ingestion.Model;

/// <summary>The kinds of body content a section holds.</summary>
public enum BlockKind
{
    /// <summary>A body paragraph; anchored <c>p1</c>, <c>p2</c>, … in edition order.</summary>
    Paragraph,

    /// <summary>A figure table with its caption, units and source line; anchored <c>t1</c>, ….</summary>
    Table,

    /// <summary>A list of items; anchored <c>l1</c>, ….</summary>
    List,

    /// <summary>
    /// A figure: the source shows an image here (a chart, a map, a photo) that the product does not reproduce. Its
    /// caption, source and note lines are in <see cref="Block.Table"/> (no cells); anchored <c>f1</c>, ….
    /// </summary>
    Figure,
}
