using YamlDotNet.RepresentationModel;

namespace NeuroBalance.Content.Loading;

/// <summary>
/// Schema of <c>glossary.yaml</c>: id, term, aliases, plain, precise, related (glossary ids, at least
/// one) and optional refs.
/// </summary>
internal static class GlossarySection
{
    public static IReadOnlyList<GlossaryEntry> Read(MapReader root, ContentContext context)
    {
        var raw = ContentContext.Entities(root, "terms", (r, id) =>
        {
            var entry = new GlossaryEntry(id, r.Text("term"), r.TextList("aliases"), r.Text("plain"), r.Text("precise"),
                r.TextList("related", 1), context.ReferenceList(r, "refs", 0), r.Location);
            var declared = context.DeclaredIds.GetValueOrDefault("glossary") ?? [];
            var relatedNode = r.Node("related") as YamlSequenceNode;
            for (var i = 0; i < entry.Related.Count; i++)
            {
                var related = entry.Related[i];
                var path = $"{r.Child("related")}[{i}]";
                if (!declared.Contains(related))
                {
                    Report(r, relatedNode, i, path, $"unknown glossary term '{related}'{Suggestions.DidYouMean(related, declared)}; 'related' must list ids from glossary.yaml.");
                }
                else if (related == id)
                {
                    Report(r, relatedNode, i, path, $"the term '{id}' lists itself as related.");
                }
            }

            return entry;
        });

        // Related ids become the related terms' display names.
        var names = raw.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First().Term, StringComparer.Ordinal);
        return raw.Select(e => e with { Related = e.Related.Select(id => names.GetValueOrDefault(id, id)).ToArray() }).ToArray();
    }

    private static void Report(MapReader r, YamlSequenceNode? node, int index, string path, string message)
    {
        if (node is not null && index < node.Children.Count)
        {
            r.ErrorAt(node.Children[index], path, message);
        }
        else
        {
            r.Error("related", message);
        }
    }
}
