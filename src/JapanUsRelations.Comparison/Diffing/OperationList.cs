using System.Text;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>Collects operations, merging neighbours of the same kind and flag, and keeping deletions before insertions.</summary>
internal sealed class OperationList
{
    private readonly List<(WordOperationKind Kind, StringBuilder Text, bool Typography)> _ops = [];

    public void Add(WordOperationKind kind, string text, bool typography)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_ops.Count > 0 && _ops[^1].Kind == kind && _ops[^1].Typography == typography)
        {
            _ops[^1].Text.Append(text);
            return;
        }

        // A deletion after a run of insertions of the same flag goes before them: "del ins", never "ins del".
        if (kind == WordOperationKind.Delete && _ops.Count > 0 && _ops[^1].Kind == WordOperationKind.Insert && _ops[^1].Typography == typography)
        {
            var insert = _ops[^1];
            _ops.RemoveAt(_ops.Count - 1);
            Add(kind, text, typography);
            _ops.Add(insert);
            return;
        }

        _ops.Add((kind, new StringBuilder(text), typography));
    }

    /// <summary>Adds every operation of another list, in order.</summary>
    public void AddAll(OperationList other)
    {
        foreach (var (kind, text, typography) in other._ops)
        {
            Add(kind, text.ToString(), typography);
        }
    }

    public List<WordOperation> ToList() => _ops.Select(o => new WordOperation(o.Kind, o.Text.ToString(), o.Typography)).ToList();
}
