namespace NeuroBalance.Content.Loading;

/// <summary>Schema of <c>transporters.yaml</c>: id, name, abbreviation, gene, kind, substrates, summary, kinetics, refs, evidence.</summary>
internal static class TransportersSection
{
    private static readonly Dictionary<string, TransporterKind> Kinds = new(StringComparer.Ordinal)
    {
        ["vesicular"] = TransporterKind.Vesicular,
        ["reuptake"] = TransporterKind.Reuptake,
    };

    public static void Read(MapReader root, ContentContext context)
    {
        ContentContext.Entities(root, "transporters", (r, id) =>
        {
            var name = r.Text("name");
            var abbreviation = r.Text("abbreviation");
            var gene = r.Text("gene");
            var kind = r.Choice("kind", Kinds, TransporterKind.Reuptake);
            var substrates = r.TextList("substrates", 1);
            var declared = context.DeclaredIds.GetValueOrDefault("transmitters") ?? [];
            foreach (var substrate in substrates.Where(s => !declared.Contains(s)))
            {
                r.Error("substrates", $"unknown transmitter '{substrate}'{Suggestions.DidYouMean(substrate, declared)}; substrates must be ids from transmitters.yaml.");
            }

            var transporter = new Transporter(id, name, abbreviation, gene, kind, substrates, r.Text("summary"),
                r.List("kinetics", 0, context.Measurement), context.Sources(r), r.Location);
            context.Transporters.TryAdd(id, transporter);
            return transporter;
        });
    }
}
