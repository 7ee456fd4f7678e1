using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Validation;

/// <summary>
/// Validation against Meyer et al. 2004 (Am J Psychiatry 161:826, doi:10.1176/appi.ajp.161.5.826,
/// PMID 15121647): about 80% SERT occupancy at the minimum therapeutic SSRI dose (drug means 76–85%),
/// rising non-linearly with dose to a plateau.
/// </summary>
/// <remarks>
/// Inputs and their sources:
/// - escitalopram K_i at SERT 27.6 nM: Reed/Best serotonin model code (docs/sources.md, status "code");
/// - SERT K_m 60 nM: same code;
/// - basal extracellular 5-HT 64.9 nM: Abdalla et al. 2017 (FSCAV, mouse; docs/sources.md, "read");
/// - the occupancies: Meyer 2004, Meyer 2001 (plateau ~85%), the 2007 high-dose study (PMID 17497139) (~85% at high doses).
/// The free escitalopram concentration at human SERT is not measured, so these tests state the
/// exposure as a multiple of K_i; they do NOT claim that an in-vitro K_i plus a plasma level predicts
/// the PET occupancy (Meyer 2007 reports that it does not).
/// </remarks>
public sealed class MeyerSertOccupancyValidationTests
{
    private static readonly Concentration Ki = ClearanceParameters.EscitalopramAtSertModel.Value.HalfOccupancy;

    [Fact]
    public void MinimumTherapeuticExposure_IsFourTimesKi_AndGivesEightyPercent()
    {
        // Given Meyer 2004: ~80% occupancy at the minimum therapeutic dose
        var target = SertOccupancyFindings.MinimumTherapeuticDose.Value;

        // When mass action is asked for the exposure, and then for the occupancy at that exposure
        var exposure = DrugOccupancy.ConcentrationFor(target, Ki);
        var occupancy = DrugOccupancy.FromKi(exposure, Ki);

        // Then: 4 × 27.6 = 110.4 nM free escitalopram; occupancy 0.80 (tolerance 1e-9, exact algebra)
        Assert.Equal(4 * 27.6, exposure.Nanomolar, 9);
        Assert.Equal(0.80, occupancy, 9);
    }

    [Fact]
    public void MeyerRange_SpansLessThanTwofoldInExposure()
    {
        // The drug means 76–85% correspond to 3.17–5.67 × K_i: a 1.8-fold range of exposure.
        var low = DrugOccupancy.ConcentrationFor(SertOccupancyFindings.MinimumTherapeuticDoseLow.Value, Ki) / Ki;
        var high = DrugOccupancy.ConcentrationFor(SertOccupancyFindings.MinimumTherapeuticDoseHigh.Value, Ki) / Ki;
        Assert.Equal(0.76 / 0.24, low, 9);
        Assert.Equal(0.85 / 0.15, high, 9);
        Assert.InRange(high / low, 1.7, 1.9);
    }

    [Fact]
    public void HigherDoses_GiveAPlateauAboveEightyPercent_MassActionSomewhatOverpredicts()
    {
        // Given the minimum therapeutic exposure (80%), when the dose is doubled or tripled
        // (assuming exposure proportional to dose, which is not verified for every SSRI)
        var minimum = DrugOccupancy.ConcentrationFor(0.80, Ki);
        var doubled = DrugOccupancy.FromKi(minimum * 2, Ki);
        var tripled = DrugOccupancy.FromKi(minimum * 3, Ki);

        // Then mass action predicts 88.9% and 92.3%: diminishing returns, as Meyer 2004 reports ...
        Assert.Equal(8.0 / 9, doubled, 9);
        Assert.Equal(12.0 / 13, tripled, 9);

        // ... but PET found about 85% at high doses (PMID 17497139, 2007) and a plateau near 85% (Meyer 2001).
        // Stated tolerance: the model is within 8 percentage points of the high-dose finding and never below it,
        // i.e. simple mass action captures the plateau's direction but not its ceiling.
        var observed = SertOccupancyFindings.HighDose.Value;
        Assert.InRange(doubled - observed, 0, 0.08);
        Assert.InRange(tripled - observed, 0, 0.08);
        Assert.Equal(0.85, SertOccupancyFindings.ParoxetinePlateau.Value);
    }

    [Fact]
    public void EightyPercentOccupancy_BlocksUptakeEightyPercentOnlyAtLow5Ht()
    {
        // Given SERT with the model K_m (60 nM) and escitalopram at the 80% exposure
        var sert = ClearanceParameters.Sert(ConcentrationRate.FromNanomolarPerSecond(1));
        var escitalopram = ClearanceParameters.EscitalopramAtSertModel.Value;
        var exposure = DrugOccupancy.ConcentrationFor(0.80, Ki);

        // When 5-HT is far below K_m, and at the FSCAV basal level 64.9 nM
        double Remaining(double serotoninNm) =>
            sert.RateAt(Concentration.FromNanomolar(serotoninNm), escitalopram, exposure) / sert.RateAt(Concentration.FromNanomolar(serotoninNm));

        // Then uptake falls to 1/(1 + 4) = 20% at low 5-HT, but only to (60 + 64.9)/(300 + 64.9) = 34.2% at 64.9 nM:
        // substrate competes with the inhibitor, so occupancy measured without 5-HT overstates the block.
        Assert.Equal(0.2, Remaining(1e-3), 4);
        Assert.Equal((60 + 64.9) / (300 + 64.9), Remaining(64.9), 9);
    }
}
