namespace JapanUsRelations.Comparison;

/// <summary>What kind of change one marked difference is, as a reader would name it.</summary>
public enum ChangeKind
{
    /// <summary>A number, date, amount or percentage was updated ("over 50,000" → "around 60,000").</summary>
    NumberOrDate,

    /// <summary>A name changed ("Kishida" → "Ishiba").</summary>
    Name,

    /// <summary>Whole sentences only in the newer edition.</summary>
    SentenceAdded,

    /// <summary>Whole sentences only in the older edition.</summary>
    SentenceRemoved,

    /// <summary>Words changed within a sentence.</summary>
    Rewording,

    /// <summary>Only quotes, dashes, spacing or escapes differ; not counted as a change.</summary>
    Typography,
}
