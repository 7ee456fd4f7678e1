namespace NeuroBalance.Content.Loading;

/// <summary>
/// Schema of <c>hormones.yaml</c>: id, name, aliases, class, summary, mechanism, refs, evidence and
/// effects (transmitter, target, direction, magnitude, species, refs, evidence, note), optional findings (text, refs, evidence)
/// and optional model-effects (target, low, high, species, refs, evidence, note): the multiplier ranges the hormone layer of the
/// models is built from, with <c>target</c> one of <see cref="HormoneModelEffect.Targets"/>.
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

    private static readonly Dictionary<string, string> ModelTargets = HormoneModelEffect.Targets.ToDictionary(t => t, t => t, StringComparer.Ordinal);

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
            var modelEffects = r.List("model-effects", 0, m => ModelEffect(m, id, context));
            return new Hormone(id, name, aliases, hormoneClass, summary, mechanism, effects, findings, sources, r.Location) { ModelEffects = modelEffects };
        });
    }

    private static HormoneModelEffect ModelEffect(MapReader m, string hormoneId, ContentContext context)
    {
        var target = m.Choice("target", ModelTargets, string.Empty);
        var low = Multiplier(m, "low", HormoneModelEffect.MinMultiplier);
        var high = Multiplier(m, "high", low);
        return new HormoneModelEffect(hormoneId, target, low, high, m.Text("species"), context.Sources(m), m.Text("note"), m.Location);
    }

    /// <summary>A required multiplier in [<paramref name="min"/>, 100].</summary>
    private static double Multiplier(MapReader m, string key, double min)
    {
        if (m.Node(key) is null)
        {
            m.Error(key, $"missing required field '{key}' (a multiplier between {HormoneModelEffect.MinMultiplier} and {HormoneModelEffect.MaxMultiplier}).");
            return min;
        }

        var value = m.OptionalNumber(key) ?? min;
        if (value < min || value > HormoneModelEffect.MaxMultiplier)
        {
            m.Error(key, $"'{key}' must be between {min} and {HormoneModelEffect.MaxMultiplier}{(key == "high" ? " (at least 'low')" : string.Empty)}; found {value}.");
            return Math.Clamp(value, min, HormoneModelEffect.MaxMultiplier);
        }

        return value;
    }
}
