using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Inline;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>
/// Stage 5c, Structure: body blocks to a section tree. Heading levels are normalised per edition (a heading nests
/// under the nearest earlier heading of a smaller source level, so "### Overview" after the "## title" is a
/// top-level section like "## Regional Relations"); text before the first heading is an untitled lead section;
/// run-in heads become subsections; figure captions and source lines join their tables. Slugs and anchors are
/// assigned in reading order, so the same seed always gives the same ones.
/// </summary>
public static class SectionBuilder
{
    /// <summary>Slug of the untitled lead section.</summary>
    public const string LeadSlug = "introduction";

    /// <summary>Builds the top-level sections and records run-in repairs in <paramref name="repairs"/>.</summary>
    public static IReadOnlyList<Section> Build(IReadOnlyList<ClassifiedBlock> body, List<Model.Repair> repairs)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(repairs);
        var roots = BuildTree(body);
        foreach (var root in roots)
        {
            RunInHeads.Apply(root, repairs);
        }

        var state = new NumberingState();
        return roots.Select(r => ToModel(r, 1, "", state)).ToList();
    }

    private static List<SectionNode> BuildTree(IReadOnlyList<ClassifiedBlock> body)
    {
        var roots = new List<SectionNode>();
        var stack = new Stack<SectionNode>();
        SectionNode? lead = null;
        foreach (var block in body)
        {
            if (block.Role == BlockRole.Heading)
            {
                while (stack.Count > 0 && stack.Peek().RawLevel >= block.HeadingLevel)
                {
                    stack.Pop();
                }

                var node = new SectionNode(block.Markup, block.HeadingLevel, block.Raw.FirstLine);
                (stack.Count == 0 ? roots : stack.Peek().Children).Add(node);
                stack.Push(node);
                continue;
            }

            if (stack.Count == 0)
            {
                if (lead is null)
                {
                    lead = new SectionNode(null, -1, block.Raw.FirstLine);
                    roots.Insert(0, lead);
                }

                lead.Items.Add(block);
                continue;
            }

            stack.Peek().Items.Add(block);
        }

        return roots;
    }

    private static Section ToModel(SectionNode node, int level, string parentPath, NumberingState state)
    {
        string? heading = node.HeadingMarkup is null ? null : InlineMarkup.ToText(node.HeadingMarkup);
        string slug = Slugger.Unique(heading is null ? LeadSlug : Slugger.Slugify(heading), state.Slugs);
        int ordinal = ++state.Sections;
        string path = parentPath.Length == 0 ? slug : parentPath + "/" + slug;
        var blocks = BlockAssembler.Assemble(node.Items, state);
        var children = node.Children.Select(c => ToModel(c, level + 1, path, state)).ToList();
        return new Section
        {
            Slug = slug, Heading = heading, Level = level, Ordinal = ordinal, Path = path,
            IsRunIn = node.IsRunIn, SourceLine = node.SourceLine, Blocks = blocks, Children = children,
        };
    }
}
