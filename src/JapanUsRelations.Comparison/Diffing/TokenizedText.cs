using System.Runtime.CompilerServices;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// A text cut into tokens once, with their typography-normalised forms and the text's weight (characters counted
/// in a similarity): a block's text is diffed against many candidates while aligning, and tokenised only once.
/// </summary>
internal sealed class TokenizedText
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TokenizedText(string text)
    {
        Text = text;
        var tokens = Scratch ??= [];
        tokens.Clear();
        Tokenizer.TokenizeInto(text, tokens);
        TokenArray = new string[tokens.Count];
        Normalized = new string[tokens.Count];
        for (int i = 0; i < TokenArray.Length; i++)
        {
            TokenArray[i] = tokens[i];
            Normalized[i] = Typography.Normalize(tokens[i]);
            Weight += WordDiff.Weight(Normalized[i]);
        }

        tokens.Clear();
    }

    // The tokens of the text being cut, one list per thread, so cutting a text allocates only its arrays.
    [ThreadStatic]
    private static List<string>? Scratch;

    public string Text { get; }

    public IReadOnlyList<string> Tokens => TokenArray;

    /// <summary>The tokens as an array (what the diff's loops index).</summary>
    public string[] TokenArray { get; }

    public string[] Normalized { get; }

    /// <summary>Characters the text counts for in a similarity (as <see cref="WordDiff.TextWeight"/>).</summary>
    public long Weight { get; }

    /// <summary>How many of the tokens are words (<see cref="Tokenizer.IsWord"/>), counted once.</summary>
    public int Words => _words ??= Tokens.Count(Tokenizer.IsWord);

    private int? _words;
}
