using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>
/// The serotonin terminal against the qualitative results of Best, Nijhout &amp; Reed 2010
/// (doi:10.1186/1742-4682-7-34, abstract): 5-HT synthesis follows tryptophan (unlike DA synthesis and
/// tyrosine), autoreceptors buffer extracellular 5-HT, and TPH/SERT variants have smaller effects with
/// the feedback than without it.
/// </summary>
public sealed class SerotoninTerminalValidationTests
{
    private static readonly SerotoninTerminal Model = SerotoninTerminal.Default;

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void Synthesis_FollowsBloodTryptophan_WhileDopamineSynthesisIgnoresTyrosine(double factor)
    {
        // Given the steady-state synthesis rates at basal and changed precursor supply
        var basal = Model.SynthesisRate(Model.SteadyState());
        var changedModel = Model.WithBloodTryptophan(Model.BloodTryptophan * factor);
        var changed = changedModel.SynthesisRate(changedModel.SteadyState());
        var da = DopamineTerminal.Default;
        var daChanged = da.WithBloodTyrosine(da.BloodTyrosine * factor);
        var daRatio = daChanged.ThRate(daChanged.SteadyState()) / da.ThRate(da.SteadyState());

        // Then 5-HT synthesis moves by more than 20% in the direction of the supply, DA synthesis by less than 5%
        var ratio = changed / basal; // ConcentrationRate ÷ ConcentrationRate is dimensionless
        Assert.True(factor > 1 ? ratio > 1.2 : ratio < 0.8, $"5-HT synthesis ratio {ratio:F3}");
        Assert.InRange(daRatio, 0.95, 1.05);
    }

    // Stated tolerance for "buffered": with feedback the log-change of steady-state eht is at most 97% of
    // the change without it (the model gives 90–95%: the steady-state buffering is weak; see the docs).
    private const double MaxBufferedShare = 0.97;

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void Tryptophan_ExtracellularSerotoninChangesLessWithAutoreceptorsThanWithout(double factor)
    {
        var with = LogChange(Model, m => m.WithBloodTryptophan(m.BloodTryptophan * factor));
        var without = LogChange(Model.WithAutoreceptorGain(0), m => m.WithBloodTryptophan(m.BloodTryptophan * factor));

        Assert.Equal(Math.Sign(without), Math.Sign(with));
        Assert.True(Math.Abs(with) <= MaxBufferedShare * Math.Abs(without), $"log-change of eht with feedback {with:F4}, without {without:F4}");
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void Tryptophan_AtSteadyStateExtracellularSerotoninMovesAboutAsMuchAsSynthesis(double factor)
    {
        // An honest limit, pinned so the docs cannot overstate the buffering: at steady state the
        // feedback does not hold eht steady against the supply; eht moves by 1.0–1.15 times the
        // log-change of synthesis (model: 1.06–1.08). The strong buffering is in transients (acute SSRI).
        var basal = Model.SteadyState();
        var changedModel = Model.WithBloodTryptophan(Model.BloodTryptophan * factor);
        var changed = changedModel.SteadyState();
        var synthesis = Math.Log(changedModel.SynthesisRate(changed) / Model.SynthesisRate(basal));
        var eht = Math.Log(changed.Micromolar(SerotoninTerminal.Eht) / basal.Micromolar(SerotoninTerminal.Eht));

        Assert.InRange(eht / synthesis, 1.0, 1.15);
    }

    [Fact]
    public void AcuteSsri_AutoreceptorsHalveTheEarlyRiseInExtracellularSerotonin()
    {
        // Given escitalopram at 100 nM free (about 78% SERT occupancy with Ki 27.6 nM)
        var ssri = Concentration.FromNanomolar(100);
        var basal = Model.SteadyState().Micromolar(SerotoninTerminal.Eht);
        var with = Model.Respond(Model.AcuteSsri(ssri), Duration.FromHours(1), 61)[SerotoninTerminal.Eht].At(0.5);
        var without = Model.Respond(Model.WithAutoreceptorGain(0).WithSsri(ssri), Duration.FromHours(1), 61)[SerotoninTerminal.Eht].At(0.5);

        // Then 30 min in, the rise above basal with feedback is at most 60% of the rise without it
        Assert.True(with > basal, "the SSRI must raise extracellular 5-HT");
        Assert.True(with - basal < 0.6 * (without - basal), $"rise with feedback {(with - basal) * 1e3:F2} nM, without {(without - basal) * 1e3:F2} nM");
    }

    [Theory]
    [InlineData("TPH", 0.5)]
    [InlineData("SERT", 0.5)]
    public void Variants_HaveSmallerEffectsWithFeedback(string target, double factor)
    {
        SerotoninTerminal Change(SerotoninTerminal m) => target == "TPH" ? m.WithTphScale(factor) : m.WithSertScale(factor);

        var with = LogChange(Model, Change);
        var without = LogChange(Model.WithAutoreceptorGain(0), Change);

        Assert.True(Math.Abs(with) <= MaxBufferedShare * Math.Abs(without), $"{target} ×{factor}: log-change with {with:F4}, without {without:F4}");
    }

    [Fact]
    public void SteadyState_FeedbackOffDoesNotMoveTheDefaultSteadyState()
    {
        var on = Model.SteadyState();
        var off = Model.WithAutoreceptorGain(0).SteadyState();

        foreach (var name in Model.StateNames)
        {
            Assert.Equal(on.Micromolar(name), off.Micromolar(name), (on.Micromolar(name) * 1e-6) + 1e-12);
        }
    }

    private static double LogChange(SerotoninTerminal baseline, Func<SerotoninTerminal, SerotoninTerminal> change) =>
        Math.Log(change(baseline).SteadyState().Micromolar(SerotoninTerminal.Eht) / baseline.SteadyState().Micromolar(SerotoninTerminal.Eht));
}
