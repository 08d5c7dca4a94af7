namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// The longest subsequence of values that keeps increasing: the items that stayed in their order. Everything off it
/// moved (a reordered section, a reordered table row), so one move counts once, not as a change to every item it
/// passed.
/// </summary>
internal static class LongestRun
{
    /// <summary>Positions (indices into <paramref name="values"/>) on the longest strictly increasing run.</summary>
    public static HashSet<int> Increasing(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        var length = new int[n];
        var previous = new int[n];
        int bestEnd = -1;
        for (int i = 0; i < n; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++)
            {
                if (values[j] < values[i] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (bestEnd < 0 || length[i] > length[bestEnd])
            {
                bestEnd = i;
            }
        }

        var positions = new HashSet<int>();
        for (int k = bestEnd; k >= 0; k = previous[k])
        {
            positions.Add(k);
        }

        return positions;
    }
}
