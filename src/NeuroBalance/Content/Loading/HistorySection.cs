namespace NeuroBalance.Content.Loading;

/// <summary>
/// Schema of <c>history.yaml</c>: themes (id, title, text, refs) and milestones (year, title, text,
/// field, refs). Historical statements carry references; an evidence level is not meaningful for
/// "who showed what, when", so milestones have none.
/// </summary>
internal static class HistorySection
{
    private static readonly Dictionary<string, string> Fields = Milestone.Fields.ToDictionary(f => f, f => f, StringComparer.Ordinal);

    public static OriginStory Read(MapReader root, ContentContext context)
    {
        var themes = ContentContext.Entities(root, "themes", (r, id) =>
        {
            return new StoryTheme(id, r.Text("title"), r.Text("text"), context.ReferenceList(r, "refs", 1), r.Location);
        });
        var milestones = root.List("milestones", 1, r => new Milestone(
            r.Integer("year", 1600, 2100), r.Text("title"), r.Text("text"), r.Choice("field", Fields, "neurochemistry"),
            context.ReferenceList(r, "refs", 1), r.Location));
        for (var i = 1; i < milestones.Count; i++)
        {
            if (milestones[i].Year < milestones[i - 1].Year)
            {
                root.Error("milestones", $"milestones must be in chronological order: {milestones[i].Year} ('{milestones[i].Title}', line {milestones[i].Location.Line}) comes after {milestones[i - 1].Year}.");
            }
        }

        return new OriginStory(themes, milestones);
    }
}
