using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.SyntheticCorpus;

namespace JapanUsRelations.Ingestion.Tests.SyntheticCorpus;

/// <summary>Checks that every change the generator recorded is what the ingested edition says, in any format.</summary>
internal static class RecordedChanges
{
    /// <summary>
    /// Asserts each recorded change of <paramref name="generated"/> against its parsed edition (and the previous edition
    /// of its chain, <see cref="GeneratedEdition.Chain"/>); returns the kinds of change seen.
    /// </summary>
    public static HashSet<ChangeKind> Verify(IReadOnlyList<GeneratedEdition> generated, IReadOnlyDictionary<string, Edition> parsed)
    {
        var kinds = new HashSet<ChangeKind>();
        var latest = new Dictionary<int, Edition>();
        foreach (var edition in generated)
        {
            var now = parsed[edition.FileName];
            var before = latest.GetValueOrDefault(edition.Chain);
            latest[edition.Chain] = now;
            string text = string.Join("\n", now.AllBlocks().Select(b => b.Block.Text));
            var headings = now.AllSections().Select(s => s.Heading).ToList();
            foreach (var (change, at) in edition.Changes.Select((c, i) => (c, i)))
            {
                // A sentence or heading an earlier change of the same edition made (or changed a number in) was not in the edition before.
                bool madeEarlier = edition.Changes.Take(at).Any(c => c.After is not null && change.Before is not null && change.Before.Contains(c.After, StringComparison.Ordinal));
                var later = edition.Changes.Skip(at + 1).ToList();
                bool headingTouchedLater = later.Any(c => c.Kind is ChangeKind.SectionsMerged or ChangeKind.SectionRenamed && (c.Before == change.After));
                switch (change.Kind)
                {
                    case ChangeKind.Dated:
                        now.Published.Should().Be(edition.Published);
                        break;
                    case ChangeKind.SentenceAdded:
                    case ChangeKind.SentenceMoved:
                        // (unless a later change of the same edition dropped it or changed a number in it)
                        if (!later.Any(c => (c.Before == change.After && c.Kind is ChangeKind.SentenceDropped)
                            || (c.Kind is ChangeKind.NumberChanged && change.After!.Contains(c.Before!, StringComparison.Ordinal))))
                        {
                            text.Should().Contain(change.After!, edition.FileName);
                        }

                        break;
                    case ChangeKind.SentenceDropped when before is not null && !later.Any(c => c.After == change.Before) && !madeEarlier:
                        Occurrences(text, change.Before!).Should().BeLessThan(Occurrences(string.Join("\n", before.AllBlocks().Select(b => b.Block.Text)), change.Before!), edition.FileName);
                        break;
                    case ChangeKind.SectionRenamed:
                    case ChangeKind.SectionSplit:
                        if (!headingTouchedLater)
                        {
                            headings.Should().Contain(change.After, edition.FileName);
                        }

                        break;
                    case ChangeKind.SectionsMerged when before is not null && !later.Any(c => c.After == change.Before) && !madeEarlier:
                        headings.Count(h => h == change.Before).Should().BeLessThan(before.AllSections().Count(s => s.Heading == change.Before), edition.FileName);
                        break;
                    case ChangeKind.NumberChanged:
                        // (unless a later change of the same edition changed it again or dropped its sentence)
                        if (!later.Any(c => (c.Kind == ChangeKind.NumberChanged && c.Before == change.After)
                            || (c.Kind == ChangeKind.SentenceDropped && c.Before!.Contains(change.After!, StringComparison.Ordinal))))
                        {
                            (text + string.Join("\n", now.AllBlocks().SelectMany(b => b.Block.Table?.Cells.Select(c => c.Text) ?? []))).Should().Contain(change.After!, edition.FileName);
                        }

                        break;
                }

                kinds.Add(change.Kind);
            }
        }

        return kinds;
    }

    private static int Occurrences(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
