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
}
