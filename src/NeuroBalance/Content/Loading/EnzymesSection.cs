namespace NeuroBalance.Content.Loading;

/// <summary>Schema of <c>enzymes.yaml</c>: id, name, abbreviation, gene, summary, cofactors, kinetics, refs, evidence.</summary>
internal static class EnzymesSection
{
    public static void Read(MapReader root, ContentContext context)
    {
        ContentContext.Entities(root, "enzymes", (r, id) =>
        {
            var enzyme = new Enzyme(
                id, r.Text("name"), r.Text("abbreviation"), r.Text("gene"), r.Text("summary"),
                r.TextList("cofactors"), r.List("kinetics", 0, context.Measurement), context.Sources(r), r.Location);
            context.Enzymes.TryAdd(id, enzyme);
            return enzyme;
        });
    }
}
