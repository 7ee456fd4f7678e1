namespace NeuroBalance.Content.Loading;

/// <summary>
/// Schema of <c>hormones.yaml</c>: id, name, aliases, class, summary, mechanism, refs, evidence and
/// effects (transmitter, target, direction, magnitude, species, refs, evidence, note) and optional findings (text, refs, evidence).
/// </summary>
internal static class HormonesSection
{
    private static readonly Dictionary<string, EffectDirection> Directions = new(StringComparer.Ordinal)
    {
        ["increase"] = EffectDirection.Increase,
        ["decrease"] = EffectDirection.Decrease,
        ["mixed"] = EffectDirection.Mixed,
        ["no-change"] = EffectDirection.NoChange,
    };

    public static IReadOnlyList<Hormone> Read(MapReader root, ContentContext context)
    {
        return ContentContext.Entities(root, "hormones", (r, id) =>
        {
            var name = r.Text("name");
            var aliases = r.TextList("aliases");
            var hormoneClass = r.Text("class");
            var summary = r.Text("summary");
            var mechanism = r.Text("mechanism");
            var sources = context.Sources(r);
            var effects = r.List("effects", 1, e => new HormoneEffect(
                id, name, context.DeclaredId(e, "transmitter", "transmitters", "transmitter"), e.Text("target"),
                e.Choice("direction", Directions, EffectDirection.Mixed), e.Text("magnitude"), e.Text("species"),
                context.Sources(e), e.OptionalText("note") ?? string.Empty, e.Location));
            var findings = r.List("findings", 0, f => new Claim(f.Text("text"), context.Sources(f)));
            return new Hormone(id, name, aliases, hormoneClass, summary, mechanism, effects, findings, sources, r.Location);
        });
    }
}
