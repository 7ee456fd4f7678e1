using NeuroBalance.Content;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// What [11C]DASB PET found for serotonin-transporter (SERT) occupancy under SSRIs in people. These
/// are measurements, for comparing model output with; they are not model parameters.
/// </summary>
/// <remarks>
/// Meyer et al. 2004 (<see href="https://doi.org/10.1176/appi.ajp.161.5.826"/>): at the minimum
/// therapeutic dose of five antidepressants (four SSRIs and the SNRI venlafaxine XR), mean striatal occupancy was 76–85%, about 80%; occupancy rose with
/// dose or plasma level non-linearly, with a plateau. Meyer et al. 2001
/// (<see href="https://doi.org/10.1176/appi.ajp.158.11.1843"/>): paroxetine 20 mg 83%, citalopram 20 mg
/// 77%, a plateau near 85% for serum paroxetine above 28 µg/L. Voineskos et al. 2007 (PMID 17497139):
/// about 85% at high therapeutic doses.
/// </remarks>
public static class SertOccupancyFindings
{
    /// <summary>Gets the mean SERT occupancy at the minimum therapeutic SSRI dose: about 0.80 (range of drug means 0.76–0.85).</summary>
    public static Sourced<double> MinimumTherapeuticDose { get; } =
        new(0.80, References.Cite("meyer2004"), EvidenceLevel.Human, "five antidepressants (four SSRIs, venlafaxine XR), striatum, [11C]DASB PET; drug means 76–85%");

    /// <summary>Gets the lowest drug mean at the minimum therapeutic dose: 0.76.</summary>
    public static Sourced<double> MinimumTherapeuticDoseLow { get; } =
        new(0.76, References.Cite("meyer2004"), EvidenceLevel.Human, "lowest of the five drug means");

    /// <summary>Gets the highest drug mean at the minimum therapeutic dose: 0.85.</summary>
    public static Sourced<double> MinimumTherapeuticDoseHigh { get; } =
        new(0.85, References.Cite("meyer2004"), EvidenceLevel.Human, "highest of the five drug means");

    /// <summary>Gets the plateau of occupancy at high serum paroxetine: about 0.85.</summary>
    public static Sourced<double> ParoxetinePlateau { get; } =
        new(0.85, References.Cite("meyer2001"), EvidenceLevel.Human, "serum paroxetine above 28 µg/L");

    /// <summary>Gets the mean occupancy at high therapeutic doses (venlafaxine, sertraline, citalopram): about 0.85.</summary>
    public static Sourced<double> HighDose { get; } =
        new(0.85, References.Cite("voineskos2007"), EvidenceLevel.Human, "high therapeutic doses, striatum, [11C]DASB PET");
}
