namespace NeuroBalance.Content.Loading;

/// <summary>
/// Schema of <c>transmitters.yaml</c>: id, name, abbreviation, aliases, coverage (full or context),
/// class, summary, synthesis (steps: substrate, product, enzyme, cofactors, rate_limiting, refs,
/// evidence, note), vesicular_transporter, reuptake, degradation (substrate, enzyme, product, refs,
/// evidence, note), functions (area, text, refs, evidence), values (measurements), refs, evidence.
/// Receptors are not listed here: each receptor names its transmitter in <c>receptors.yaml</c>.
/// </summary>
internal static class TransmittersSection
{
    private static readonly Dictionary<string, Coverage> Coverages = new(StringComparer.Ordinal)
    {
        ["full"] = Coverage.Full,
        ["context"] = Coverage.Context,
    };

    private static readonly Dictionary<string, string> Areas = TransmitterFunction.Areas.ToDictionary(a => a, a => a, StringComparer.Ordinal);

    public static IReadOnlyList<Transmitter> Read(MapReader root, ContentContext context)
    {
        return ContentContext.Entities(root, "transmitters", (r, id) =>
        {
            var name = r.Text("name");
            var abbreviation = r.Text("abbreviation");
            var aliases = r.TextList("aliases");
            var coverage = r.Choice("coverage", Coverages, Coverage.Context);
            var chemicalClass = r.Text("class");
            var summary = r.Text("summary");
            var steps = r.List("synthesis", 1, s => new SynthesisStep(
                s.Text("substrate"), s.Text("product"), ContentContext.Resolve(s, "enzyme", context.Enzymes, "enzyme", "enzymes.yaml")!,
                s.TextList("cofactors"), s.Flag("rate_limiting"), context.Sources(s), s.OptionalText("note") ?? string.Empty));
            for (var i = 1; i < steps.Count; i++)
            {
                if (!string.Equals(steps[i].Substrate, steps[i - 1].Product, StringComparison.Ordinal))
                {
                    r.Error("synthesis", $"step {i + 1} starts from '{steps[i].Substrate}' but step {i} makes '{steps[i - 1].Product}'; the product of one step must be the substrate of the next.");
                }
            }

            var rateLimiting = steps.Count(s => s.RateLimiting);
            if (coverage == Coverage.Full ? rateLimiting != 1 : rateLimiting > 1)
            {
                r.Error("synthesis", $"{(coverage == Coverage.Full ? "exactly" : "at most")} one synthesis step must have 'rate_limiting: true', found {rateLimiting}.");
            }

            var vesicular = ContentContext.Resolve(r, "vesicular_transporter", context.Transporters, "transporter", "transporters.yaml")!;
            var reuptake = ResolveAll(r, "reuptake", context, coverage == Coverage.Full ? 1 : 0);
            var degradation = r.List("degradation", 1, d => new DegradationStep(
                d.Text("substrate"), ContentContext.Resolve(d, "enzyme", context.Enzymes, "enzyme", "enzymes.yaml")!, d.Text("product"),
                context.Sources(d), d.OptionalText("note") ?? string.Empty));
            var functions = r.List("functions", 1, f => new TransmitterFunction(
                f.Choice("area", Areas, "mood"), new Claim(f.Text("text"), context.Sources(f))));
            var values = r.List("values", 0, context.Measurement);
            var receptors = new ReceptorTable($"Receptors for {(name.Length > 0 ? name : id)}", context.Receptors.Where(x => x.TransmitterId == id).ToArray());
            return new Transmitter(id, name, abbreviation, aliases, coverage, chemicalClass, summary, new SynthesisPathway(name, steps),
                vesicular, reuptake, degradation, receptors, functions, values, context.Sources(r), r.Location);
        });
    }

    private static IReadOnlyList<Transporter> ResolveAll(MapReader r, string key, ContentContext context, int minCount)
    {
        var result = new List<Transporter>();
        foreach (var id in r.TextList(key, minCount))
        {
            if (context.Transporters.TryGetValue(id, out var transporter))
            {
                result.Add(transporter);
            }
            else
            {
                r.Error(key, $"unknown transporter '{id}'{Suggestions.DidYouMean(id, context.Transporters.Keys)}; it must be an id from transporters.yaml.");
            }
        }

        return result.AsReadOnly();
    }
}
