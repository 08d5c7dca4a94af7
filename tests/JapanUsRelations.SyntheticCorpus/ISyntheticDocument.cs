namespace JapanUsRelations.SyntheticCorpus;

/// <summary>An edition being generated, in its base's format: copied, changed, then written as a seed file.</summary>
public interface ISyntheticDocument
{
    /// <summary>The file extension of the format, e.g. <c>.md</c> or <c>.html</c>.</summary>
    string Extension { get; }

    /// <summary>A copy to change without changing this one.</summary>
    ISyntheticDocument Copy();

    /// <summary>The edition as a seed file's text.</summary>
    string Render();

    /// <summary>The title the document prints in its masthead (as the ingestion reads it).</summary>
    string Title { get; }

    /// <summary>The report number the document prints (in its masthead or after its byline), or null when only a manifest gives it.</summary>
    string? ReportNumber { get; }

    /// <summary>Prints another report's number and title wherever this document prints its own (a new report from the same base).</summary>
    void Rename(ReportMasthead masthead);
}
