namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>How a fact's change since the edition before is marked on the pages and named in the twins.</summary>
public static class FactMarks
{
    /// <summary>A short word and a symbol for a change.</summary>
    public static (string Symbol, string Words) Of(FactChange change) => change switch
    {
        FactChange.Up => ("▲", "up"),
        FactChange.Down => ("▼", "down"),
        FactChange.New => ("✚", "new"),
        FactChange.Dropped => ("✖", "dropped"),
        FactChange.NotMentioned => ("–", "not mentioned"),
        FactChange.Changed => ("≠", "changed"),
        FactChange.Same => ("=", "same"),
        _ => ("", ""),
    };
}
