using System.Globalization;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The JSON shapes of the fact pages' twins.</summary>
public static class FactJson
{
    /// <summary>One kind with every edition's values: kind, label, topic, values.</summary>
    public static object Kind(FactRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new
        {
            kind = row.Kind.Kind,
            label = row.Kind.Label,
            topic = row.Kind.Topic,
            unit = row.Kind.Unit,
            recognised = row.Kind.Recognised,
            url = Urls.Fact(row.Kind.Kind),
            values = row.Cells.SelectMany(c => c.Facts.Select(f => Value(f, c.Main == f ? c.Change : (FactChange?)null)))
                .Concat(row.References.Select(f => Value(f, null))).ToList(),
        };
    }

    /// <summary>One stated value: edition, value (number or name), unit, qualifier, text as written, quote, url.</summary>
    public static object Value(StoredFact fact, FactChange? change)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var f = fact.Fact;
        bool numeric = f.Number is not null && decimal.TryParse(f.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
        return new
        {
            edition = fact.Edition.Id,
            value = numeric ? (object)f.Number! : f.Value,
            unit = f.Unit,
            qualifier = f.Qualifier,
            text = f.Text,
            quote = f.Quote,
            url = fact.Url,
            kind = f.Kind,
            dataYear = f.DataYear,
            row = f.RowLabel,
            column = f.ColumnLabel,
            change = change is null or FactChange.None ? null : FactDisplay.Change(change.Value).Words,
        };
    }
}
