namespace NeuroBalance.Tests.Architecture;

/// <summary>
/// The allowed dependency graph of one assembly, as data: layers from the bottom up (a namespace may use its own
/// layer and the layers below it, never one above), external namespaces that only some layers may use, and the
/// edges known to break the rules for now, each named with why it is still there.
/// </summary>
/// <param name="Assembly">The assembly's name, for messages.</param>
/// <param name="Layers">The layers, bottom first.</param>
/// <param name="Externals">External namespace prefixes and the lowest layer allowed to use them.</param>
/// <param name="KnownViolations">Edges "From -> To" tolerated for now, with the reason; every entry must still occur (so the list only shrinks).</param>
internal sealed record LayerRules(
    string Assembly,
    IReadOnlyList<Layer> Layers,
    IReadOnlyList<(string Prefix, string LowestLayer)> Externals,
    IReadOnlyDictionary<string, string> KnownViolations)
{
    /// <summary>The layer index of a namespace of this assembly: the layer with the longest matching namespace; null for one no layer names.</summary>
    public int? LayerOf(string ns)
    {
        var best = Layers
            .SelectMany((layer, index) => layer.Namespaces.Select(n => (n, index)))
            .Where(p => p.n.EndsWith(".*", StringComparison.Ordinal)
                ? ns == p.n[..^2] || ns.StartsWith(p.n[..^1], StringComparison.Ordinal)
                : ns == p.n)
            .OrderByDescending(p => p.n.Length)
            .Select(p => (int?)p.index)
            .FirstOrDefault();
        return best;
    }

    /// <summary>Whether the dependency reader should record a referenced namespace.</summary>
    public bool Tracks(string ns) => LayerOf(ns) is not null || Externals.Any(e => ns.StartsWith(e.Prefix, StringComparison.Ordinal));

    /// <summary>Every edge that breaks a rule, as "From -> To: why (example)".</summary>
    /// <param name="edges">The assembly's namespace edges with an example reference each.</param>
    /// <returns>The violations, sorted.</returns>
    public IReadOnlyList<(string Edge, string Why)> Violations(IReadOnlyDictionary<(string From, string To), string> edges)
    {
        var found = new List<(string, string)>();
        foreach (var ((from, to), example) in edges)
        {
            var fromLayer = LayerOf(from);
            if (fromLayer is null)
            {
                found.Add(($"{from} -> {to}", $"{from} is in no layer of {Assembly}; add it to the table ({example})"));
                continue;
            }

            var external = Externals.FirstOrDefault(e => to.StartsWith(e.Prefix, StringComparison.Ordinal));
            if (external.Prefix is not null)
            {
                var lowest = Layers.Select((l, i) => (l, i)).Single(p => p.l.Name == external.LowestLayer).i;
                if (fromLayer < lowest)
                {
                    found.Add(($"{from} -> {to}", $"{Layers[fromLayer.Value].Name} may not use {external.Prefix} (only {external.LowestLayer} and above) ({example})"));
                }

                continue;
            }

            if (LayerOf(to) is { } toLayer && toLayer > fromLayer)
            {
                found.Add(($"{from} -> {to}", $"{Layers[fromLayer.Value].Name} may not use {Layers[toLayer].Name}, a higher layer ({example})"));
            }
        }

        foreach (var cycle in SameLayerCycles(edges))
        {
            found.Add(cycle);
        }

        return found.Distinct().OrderBy(v => v.Item1, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Pairs of namespaces of one layer that use each other (across layers the ordering already forbids cycles).</summary>
    private IEnumerable<(string Edge, string Why)> SameLayerCycles(IReadOnlyDictionary<(string From, string To), string> edges) =>
        edges.Keys
            .Where(e => string.CompareOrdinal(e.From, e.To) < 0 && edges.ContainsKey((e.To, e.From)))
            .Where(e => LayerOf(e.From) is { } a && a == LayerOf(e.To))
            .Select(e => ($"{e.From} <-> {e.To}", $"a cycle inside {Layers[LayerOf(e.From)!.Value].Name} ({edges[e]}; {edges[(e.To, e.From)]})"));
}
