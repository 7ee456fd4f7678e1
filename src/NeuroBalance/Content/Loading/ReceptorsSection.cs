namespace NeuroBalance.Content.Loading;

/// <summary>
/// Schema of <c>receptors.yaml</c>: id, name, transmitter, family, kind (ionotropic or metabotropic),
/// coupling, sites, roles, ligands (name, action, values: measurements such as affinity or occupancy, refs, evidence),
/// summary, refs, evidence.
/// </summary>
internal static class ReceptorsSection
{
    private static readonly Dictionary<string, ReceptorKind> Kinds = new(StringComparer.Ordinal)
    {
        ["ionotropic"] = ReceptorKind.Ionotropic,
        ["metabotropic"] = ReceptorKind.Metabotropic,
    };

    private static readonly Dictionary<string, ReceptorSite> Sites = new(StringComparer.Ordinal)
    {
        ["postsynaptic"] = ReceptorSite.Postsynaptic,
        ["presynaptic"] = ReceptorSite.Presynaptic,
        ["autoreceptor"] = ReceptorSite.Autoreceptor,
        ["heteroreceptor"] = ReceptorSite.Heteroreceptor,
        ["extrasynaptic"] = ReceptorSite.Extrasynaptic,
        ["somatodendritic"] = ReceptorSite.Somatodendritic,
    };

    private static readonly Dictionary<string, string> Actions = new[]
    {
        "endogenous agonist", "agonist", "partial agonist", "antagonist", "inverse agonist",
        "positive allosteric modulator", "negative allosteric modulator", "channel blocker",
    }.ToDictionary(a => a, a => a, StringComparer.Ordinal);

    public static void Read(MapReader root, ContentContext context)
    {
        ContentContext.Entities(root, "receptors", (r, id) =>
        {
            var name = r.Text("name");
            var transmitter = context.DeclaredId(r, "transmitter", "transmitters", "transmitter");
            var family = r.Text("family");
            var kind = r.Choice("kind", Kinds, ReceptorKind.Metabotropic);
            var coupling = r.Text("coupling");
            var sites = r.TextList("sites", 1);
            var parsedSites = new List<ReceptorSite>();
            foreach (var site in sites)
            {
                if (Sites.TryGetValue(site, out var s))
                {
                    parsedSites.Add(s);
                }
                else
                {
                    r.Error("sites", $"unknown site '{site}'; allowed: {string.Join(", ", Sites.Keys)}{Suggestions.DidYouMean(site, Sites.Keys)}.");
                }
            }

            var roles = r.TextList("roles", 1);
            var ligands = r.List("ligands", 1, l => new Ligand(
                l.Text("name"), l.Choice("action", Actions, "agonist"), l.List("values", 0, context.Measurement), context.Sources(l)));
            var receptor = new Receptor(id, name, transmitter, family, kind, coupling, parsedSites.AsReadOnly(), roles, ligands,
                r.Text("summary"), context.Sources(r), r.Location);
            context.Receptors.Add(receptor);
            return receptor;
        });
    }
}
