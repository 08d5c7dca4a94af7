namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Lays out the output sections: the newer edition's sections in reading order, each removed older section right
/// after the section that holds its older predecessor; then places every entry in its section, newer blocks in
/// reading order and removed blocks where they stood.
/// </summary>
internal static class SlotPlanner
{
    public static List<SectionSlot> Plan(EditionSide older, EditionSide newer, IReadOnlyList<SectionPair> pairs, IReadOnlyList<AlignedEntry> entries)
    {
        var slots = newer.Sections.Select(n => pairs.FirstOrDefault(p => p.Newer == n) is { } p ? new SectionSlot(p.Older, n, p) : new SectionSlot(null, n, null)).ToList();
        foreach (var o in older.Sections.Where(o => pairs.All(p => p.Older != o)))
        {
            int at = 0;
            for (int k = 0; k < slots.Count; k++)
            {
                if (slots[k].Older is { } so && so.Index < o.Index)
                {
                    at = k + 1;
                }
            }

            slots.Insert(at, new SectionSlot(o, null, null));
        }

        MarkOutOfOrder(slots);
        var byOlder = slots.Where(s => s.Older is not null).ToDictionary(s => s.Older!.Index);
        var byNewer = slots.Where(s => s.Newer is not null).ToDictionary(s => s.Newer!.Index);
        foreach (var e in entries.Where(e => e.Newer.Count > 0).OrderBy(e => e.Newer[0].Index))
        {
            byNewer[e.Newer[0].Section.Index].Entries.Add(e);
        }

        bool bySubject = older.IsUnstructured && !newer.IsUnstructured;
        foreach (var e in entries.Where(e => e.Newer.Count == 0).OrderBy(e => e.Older[0].Index))
        {
            if (bySubject && SubjectHome.Find(e.Older[0], newer, byOlder[e.Older[0].Section.Index].Newer) is { } home && byNewer[home.Index] is var target && target != byOlder[e.Older[0].Section.Index])
            {
                // An edition without headings: its paragraph goes beside the other edition's section on its subject.
                int at = target.Entries.FindIndex(x => x.Kind == EntryKind.Added);
                target.Entries.Insert(at < 0 ? target.Entries.Count : at, e);
                continue;
            }

            var slot = byOlder[e.Older[0].Section.Index];
            slot.Entries.Insert(slot.PositionOf(e.Older[0].Index), e);
        }

        foreach (var e in entries.Where(e => e.Newer.Count > 0 && e.Older.Count > 0))
        {
            var home = byNewer[e.Newer[0].Section.Index];
            foreach (var o in e.Older)
            {
                var from = byOlder[o.Section.Index];
                if (e.Kind == EntryKind.Moved || from != home)
                {
                    from.Departures.Add((o, e));
                }
            }
        }

        return slots;
    }

    /// <summary>Paired sections outside the longest run that keeps the older order are "moved".</summary>
    private static void MarkOutOfOrder(List<SectionSlot> slots)
    {
        var paired = slots.Where(s => s.Pair is not null).ToList();
        var inOrder = Diffing.LongestRun.Increasing(paired.Select(p => p.Older!.Index).ToList());
        for (int i = 0; i < paired.Count; i++)
        {
            paired[i].IsOutOfOrder = !inOrder.Contains(i);
        }
    }
}
