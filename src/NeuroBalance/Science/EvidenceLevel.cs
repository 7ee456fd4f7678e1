namespace NeuroBalance.Science;

/// <summary>
/// Where a number or a claim comes from. The course shows this beside every value, so that a
/// learner can tell a human measurement from a rat study, a test-tube result, a model's assumption
/// or a number chosen only to illustrate an idea.
/// </summary>
public enum EvidenceLevel
{
    /// <summary>Measured in people (clinical, imaging or post-mortem studies).</summary>
    Human,

    /// <summary>Measured in non-human primates.</summary>
    Primate,

    /// <summary>Measured in rats or mice.</summary>
    Rodent,

    /// <summary>Measured in cells, tissue slices or purified proteins.</summary>
    InVitro,

    /// <summary>A parameter or result of a published mathematical model, not a direct measurement.</summary>
    Model,

    /// <summary>Chosen to illustrate an idea; not a measurement. Always labelled as such.</summary>
    Illustrative,
}
