using System.Collections;

namespace JapanUsRelations.Store;

/// <summary>
/// A part of an edition (its sections, notes, repairs, facts or topics) that is read from the database when first
/// used, not when the catalog loads: every access goes through the store's bounded <see cref="EditionContentCache"/>,
/// so an edition nobody reads costs one catalog row and an edition read again is not read twice.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="items">Gives the items (loading the edition's content when it is not cached).</param>
internal sealed class ContentList<T>(Func<IReadOnlyList<T>> items) : IReadOnlyList<T>
{
    /// <inheritdoc />
    public T this[int index] => items()[index];

    /// <inheritdoc />
    public int Count => items().Count;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => items().GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
