using NeuroBalance.Science;
using YamlDotNet.RepresentationModel;

namespace NeuroBalance.Content.Loading;

/// <summary>
/// What has been loaded so far, and the ids each section declares (collected before parsing, so
/// that a file may refer to ids of a section parsed later). Resolves cross-references and reports
/// unknown ids with the closest known ones.
/// </summary>
internal sealed class ContentContext
{
    public Dictionary<string, Reference> References { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Enzyme> Enzymes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Transporter> Transporters { get; } = new(StringComparer.Ordinal);

    public List<Receptor> Receptors { get; } = [];

    /// <summary>Ids declared per section ("transmitters", "glossary", …), from the pre-scan.</summary>
    public Dictionary<string, HashSet<string>> DeclaredIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The required references list and evidence level of a fact.</summary>
    public Sources Sources(MapReader reader) => new(ReferenceList(reader, "refs", 1), reader.Evidence());

    /// <summary>A list of reference ids, resolved.</summary>
    public IReadOnlyList<Reference> ReferenceList(MapReader reader, string key, int minCount)
    {
        var resolved = new List<Reference>();
        var node = reader.Node(key) as YamlSequenceNode;
        var ids = reader.TextList(key, minCount);
        for (var i = 0; i < ids.Count; i++)
        {
            if (References.TryGetValue(ids[i], out var reference))
            {
                resolved.Add(reference);
            }
            else
            {
                var at = node is not null && i < node.Children.Count ? node.Children[i] : null;
                var message = $"unknown reference '{ids[i]}'{Suggestions.DidYouMean(ids[i], References.Keys)}; add it to references.yaml or fix the id.";
                if (at is null)
                {
                    reader.Error(key, message);
                }
                else
                {
                    reader.ErrorAt(at, $"{reader.Child(key)}[{i}]", message);
                }
            }
        }

        return resolved.AsReadOnly();
    }

    /// <summary>A required id field that must name an already loaded item of <paramref name="kind"/>.</summary>
    public static T? Resolve<T>(MapReader reader, string key, IReadOnlyDictionary<string, T> known, string kind, string file)
        where T : class
    {
        var id = reader.Text(key);
        if (id.Length == 0)
        {
            return null;
        }

        if (known.TryGetValue(id, out var item))
        {
            return item;
        }

        reader.Error(key, $"unknown {kind} '{id}'{Suggestions.DidYouMean(id, known.Keys)}; it must be an id from {file}.");
        return null;
    }

    /// <summary>A required id field that must be declared in <paramref name="section"/>.yaml.</summary>
    public string DeclaredId(MapReader reader, string key, string section, string kind)
    {
        var id = reader.Text(key);
        var declared = DeclaredIds.GetValueOrDefault(section) ?? [];
        if (id.Length > 0 && !declared.Contains(id))
        {
            reader.Error(key, $"unknown {kind} '{id}'{Suggestions.DidYouMean(id, declared)}; it must be an id from {section}.yaml.");
        }

        return id;
    }

    /// <summary>A sourced number: quantity, kind, value and/or min–max, unit (one the kind accepts), refs, evidence, note.</summary>
    public Measurement Measurement(MapReader reader)
    {
        var quantity = reader.Text("quantity");
        var kind = reader.Choice("kind", MeasurementNames.Kinds, MeasurementKind.Concentration);
        var value = reader.OptionalNumber("value");
        var min = reader.OptionalNumber("min");
        var max = reader.OptionalNumber("max");
        var unit = reader.Choice("unit", MeasurementNames.Units, MeasurementUnit.Dimensionless);
        var accepted = MeasurementNames.UnitsFor(kind);
        if (reader.Node("kind") is not null && reader.Node("unit") is not null && MeasurementNames.Kinds.ContainsKey(reader.Text("kind"))
            && MeasurementNames.Units.ContainsKey(reader.Text("unit")) && !accepted.Contains(unit))
        {
            reader.Error("unit", $"kind {MeasurementNames.Name(kind)} needs a unit of {string.Join(", ", accepted.Select(MeasurementNames.Symbol))}; found '{MeasurementNames.Symbol(unit)}'.");
        }
        if (value is null && min is null && max is null)
        {
            reader.Error("value", "a measurement needs 'value', or 'min' and/or 'max'.");
        }

        if (min is { } lo && max is { } hi && lo > hi)
        {
            reader.Error("min", $"'min' ({lo}) is greater than 'max' ({hi}).");
        }

        return new Measurement(quantity, kind, value, min, max, unit, Sources(reader), reader.OptionalText("note") ?? string.Empty);
    }

    /// <summary>
    /// A required list of entities under <paramref name="key"/>: reads each item's required <c>id</c>,
    /// reports duplicates, and passes the id to <paramref name="read"/> for the other fields.
    /// </summary>
    public static IReadOnlyList<T> Entities<T>(MapReader root, string key, Func<MapReader, string, T> read)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return root.List(key, 1, r =>
        {
            var id = r.Id();
            CheckUnique(r, seen, id);
            return read(r, id);
        });
    }

    /// <summary>Reports an id used twice in one section.</summary>
    private static void CheckUnique(MapReader reader, Dictionary<string, int> seen, string id)
    {
        if (id.Length == 0)
        {
            return;
        }

        if (seen.TryGetValue(id, out var line))
        {
            reader.Error("id", $"duplicate id '{id}' (first defined at line {line}).");
        }
        else
        {
            seen[id] = (int)reader.Start.Line;
        }
    }

    /// <summary>A DOI/PMID citation, or the error that <see cref="Citation"/> raised, reported at the reference.</summary>
    public static Citation? Citation(MapReader reader, string label, string? doi, int? pmid)
    {
        try
        {
            return new Citation(label, doi, pmid);
        }
        catch (ArgumentException e)
        {
            reader.Error(doi is null ? "pmid" : "doi", e.Message);
            return null;
        }
    }
}
