namespace NeuroBalance.Content;

/// <summary>
/// The origin story: how neurochemistry, endocrinology and psychiatry met; balance as homeostasis;
/// and the move from single targets to networks, with a timeline of dated, sourced milestones.
/// </summary>
public static class History
{
    /// <summary>The themes and the timeline (shown in a notebook as a timeline).</summary>
    public static OriginStory Story => KnowledgeBase.Current.Story;

    /// <summary>The milestones of one field: neurochemistry, endocrinology, psychiatry, physiology, pharmacology or systems.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The story restricted to that field's milestones.</returns>
    /// <exception cref="InvalidParameterException">Unknown field.</exception>
    public static OriginStory Field(string field)
    {
        var index = new NameIndex<string>("field", Milestone.Fields, f => [f]);
        var name = index.Find(nameof(field), field);
        return Story with { Milestones = Story.Milestones.Where(m => m.Field == name).ToArray() };
    }
}
