namespace JapanUsRelations.Web.Pages.History;

/// <summary>A history status in a reader's words.</summary>
public static class HistoryWords
{
    /// <summary>What happened to the section in an edition.</summary>
    public static string Column(string status) => status switch
    {
        "first" => "Earliest edition shown",
        "unchanged" => "Unchanged since the edition before",
        "changed" => "Changed since the edition before",
        "moved" => "Moved within the edition",
        "added" => "New in this edition",
        "removed" => "Removed in this edition",
        _ => "Not in this edition",
    };

    /// <summary>What happened to a passage in an edition.</summary>
    public static string Entry(string status) => status switch
    {
        "changed" => "Reworded",
        "moved" => "Moved here",
        "moved-away" => "Moved elsewhere",
        "split" => "Split",
        "merged" => "Merged",
        "added" => "New",
        "removed" => "Removed",
        _ => status,
    };
}
