using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Section contents' word-bag Dice scores kept from one pair of a chain to the next. Along a chain an unchanged section keeps its bag
/// (the same object, see <see cref="EditionSide(Ingestion.Model.Edition, EditionSide?)"/>), so pairing the next
/// pair's sections asks again for most scores the previous pair's pairing computed. Keyed by the two bags
/// themselves (each bag's own <see cref="WordBag.Id"/>); Dice depends on the bags alone, so a kept score is the score. Holds the scores
/// of the current and the previous pair only (<see cref="NextPair"/>), so memory stays flat along the chain.
/// </summary>
internal sealed class DiceMemo
{
    private Dictionary<(long, long), double> _current = [];
    private Dictionary<(long, long), double> _previous = [];

    /// <summary><c>older.Dice(newer)</c>, computed at most once while kept.</summary>
    public double Dice(WordBag older, WordBag newer)
    {
        var key = (older.Id, newer.Id);
        if (_current.TryGetValue(key, out double dice))
        {
            return dice;
        }

        if (!_previous.TryGetValue(key, out dice))
        {
            dice = older.Dice(newer);
        }

        _current[key] = dice;
        return dice;
    }

    /// <summary>Starts the next pair: the scores asked for since the last call are kept for it, older ones dropped.</summary>
    public void NextPair()
    {
        _previous = _current;
        _current = new(_previous.Count);
    }
}
