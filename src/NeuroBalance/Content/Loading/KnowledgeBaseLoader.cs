using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeuroBalance.Content.Loading;

/// <summary>
/// Parses the content files (YAML), checks each against its schema and every cross-reference, and
/// builds the <see cref="KnowledgeBase"/>. All problems are collected and thrown together as one
/// <see cref="ContentValidationException"/>, each naming file, line, column, path and what is wrong.
/// </summary>
internal static class KnowledgeBaseLoader
{
    /// <summary>The schema version that these readers understand; each file states it as <c>version: 1</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The sections, in loading order, with the key of the list whose items carry ids.</summary>
    public static readonly IReadOnlyList<(string Section, string ListKey)> Sections =
    [
        ("references", "references"), ("enzymes", "enzymes"), ("transporters", "transporters"), ("receptors", "receptors"),
        ("transmitters", "transmitters"), ("hormones", "hormones"), ("glossary", "terms"), ("history", "themes"),
    ];

    private const string ResourcePrefix = "NeuroBalance.Content.Data.";

    /// <summary>The content files embedded in this library.</summary>
    public static IReadOnlyList<ContentSource> EmbeddedSources()
    {
        var assembly = typeof(KnowledgeBaseLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new ContentSource(n[ResourcePrefix.Length..], Read(assembly, n)))
            .ToArray();
    }

    public static KnowledgeBase Load(IEnumerable<ContentSource> sources)
    {
        var errors = new ErrorSink();
        var context = new ContentContext();
        var roots = new Dictionary<string, (string File, YamlMappingNode Root)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!Sections.Any(s => s.Section == source.Section))
            {
                errors.AddFileLevel(source.FileName, $"unknown content file; expected one of {string.Join(", ", Sections.Select(s => s.Section + ".yaml"))}{Suggestions.DidYouMean(source.Section, Sections.Select(s => s.Section))}.");
            }
            else if (roots.ContainsKey(source.Section))
            {
                errors.AddFileLevel(source.FileName, $"a second file for section '{source.Section}'.");
            }
            else if (Parse(source, errors) is { } root)
            {
                roots[source.Section] = (source.FileName, root);
            }
        }

        foreach (var (section, _) in Sections.Where(s => !roots.ContainsKey(s.Section)))
        {
            if (!errors.Errors.Any(e => Path.GetFileNameWithoutExtension(e.File) == section))
            {
                errors.AddFileLevel(section + ".yaml", "missing content file.");
            }
        }

        foreach (var (section, listKey) in Sections)
        {
            context.DeclaredIds[section] = roots.TryGetValue(section, out var r) ? DeclaredIds(r.Root, listKey) : [];
        }

        T? Section<T>(string section, Func<MapReader, ContentContext, T> read)
        {
            if (!roots.TryGetValue(section, out var entry))
            {
                return default;
            }

            var reader = new MapReader(entry.Root, entry.File, string.Empty, errors, context);
            var version = reader.Integer("version", 1, int.MaxValue);
            if (version != 0 && version != SchemaVersion)
            {
                reader.Error("version", $"schema version {version} is not supported; this library reads version {SchemaVersion}.");
            }

            var result = read(reader, context);
            reader.Finish();
            return result;
        }

        Section("references", (r, c) => { ReferencesSection.Read(r, c); return 0; });
        Section("enzymes", (r, c) => { EnzymesSection.Read(r, c); return 0; });
        Section("transporters", (r, c) => { TransportersSection.Read(r, c); return 0; });
        Section("receptors", (r, c) => { ReceptorsSection.Read(r, c); return 0; });
        var transmitters = Section("transmitters", TransmittersSection.Read) ?? [];
        var hormones = Section("hormones", HormonesSection.Read) ?? [];
        var glossary = Section("glossary", GlossarySection.Read) ?? [];
        var story = Section("history", HistorySection.Read) ?? new OriginStory([], []);

        errors.ThrowIfAny();
        return new KnowledgeBase(
            context.References.Values.OrderBy(r => r.Location.Line).ToArray(),
            context.Enzymes.Values.OrderBy(e => e.Location.Line).ToArray(),
            context.Transporters.Values.OrderBy(t => t.Location.Line).ToArray(),
            context.Receptors.ToArray(), transmitters, hormones, glossary, story);
    }

    private static YamlMappingNode? Parse(ContentSource source, ErrorSink errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(source.Text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message;
            errors.Add(source.FileName, e.Start, string.Empty, "not valid YAML: " + message);
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            errors.AddFileLevel(source.FileName, $"expected exactly one YAML document, found {stream.Documents.Count}.");
            return null;
        }

        if (stream.Documents[0].RootNode is YamlMappingNode root)
        {
            return root;
        }

        errors.Add(source.FileName, stream.Documents[0].RootNode.Start, string.Empty, "the file must be a mapping with 'version: 1' and its list.");
        return null;
    }

    private static HashSet<string> DeclaredIds(YamlMappingNode root, string listKey)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode(listKey), out var list) && list is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children.OfType<YamlMappingNode>())
            {
                if (item.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } value })
                {
                    ids.Add(value.Trim());
                }
            }
        }

        return ids;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
