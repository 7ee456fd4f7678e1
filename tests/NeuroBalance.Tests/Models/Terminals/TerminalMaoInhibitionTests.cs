using CsCheck;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Models.Transport;
using NeuroBalance.Tests.Models.Transport;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>
/// Isoform-selective MAO inhibition in the serotonin and dopamine terminals: the isoform layer sets the
/// lumped MAO rate, and which inhibitor matters more depends on the substrate's share.
/// </summary>
public sealed class TerminalMaoInhibitionTests
{
    // Inhibition levels a learner would try; steady states are costly, so few iterations.
    private static readonly Gen<double> Inhibition = Gen.Double[0.05, 1];

    [Fact]
    public void Serotonin_MaoAInhibitor_RaisesCytosolicAndVesicular5Ht_MoreThanAnEqualMaoBInhibitor() =>
        Inhibition.Sample(
            i =>
            {
                var basal = SerotoninTerminal.Default.SteadyState();
                var a = SerotoninTerminal.Default.WithMaoInhibition(i, 0).SteadyState();
                var b = SerotoninTerminal.Default.WithMaoInhibition(0, i).SteadyState();
                return a.Micromolar(SerotoninTerminal.Cht) > b.Micromolar(SerotoninTerminal.Cht) && b.Micromolar(SerotoninTerminal.Cht) > basal.Micromolar(SerotoninTerminal.Cht)
                    && a.Micromolar(SerotoninTerminal.Vht) > b.Micromolar(SerotoninTerminal.Vht) && b.Micromolar(SerotoninTerminal.Vht) > basal.Micromolar(SerotoninTerminal.Vht);
            },
            iter: 8);

    [Fact]
    public void Dopamine_DefaultRodentShare_MaoAInhibitorRaisesCytosolicDa_MoreThanMaoB() =>
        Inhibition.Sample(
            i =>
            {
                var a = DopamineTerminal.Default.WithMaoInhibition(i, 0).SteadyState();
                var b = DopamineTerminal.Default.WithMaoInhibition(0, i).SteadyState();
                return a.Micromolar(DopamineTerminal.Cda) > b.Micromolar(DopamineTerminal.Cda) && a.Micromolar(DopamineTerminal.Vda) > b.Micromolar(DopamineTerminal.Vda);
            },
            iter: 8);

    [Fact]
    public void Dopamine_HumanBasalGangliaShare_ReversesTheOrdering_MaoBInhibitorRaisesCytosolicDaMore() =>
        Inhibition.Sample(
            i =>
            {
                var human = MonoamineOxidase.DopamineHumanBasalGanglia.Value;
                var a = DopamineTerminal.Default.WithMaoInhibition(i, 0, human).SteadyState();
                var b = DopamineTerminal.Default.WithMaoInhibition(0, i, human).SteadyState();
                return b.Micromolar(DopamineTerminal.Cda) > a.Micromolar(DopamineTerminal.Cda) && b.Micromolar(DopamineTerminal.Vda) > a.Micromolar(DopamineTerminal.Vda);
            },
            iter: 8);

    [Fact]
    public void Dopamine_EvenShare_EqualInhibitorsGiveTheSameSteadyState()
    {
        // Given
        var even = MaoSubstrateShare.FromMaoAFraction(0.5);

        // When
        var a = DopamineTerminal.Default.WithMaoInhibition(0.6, 0, even).SteadyState();
        var b = DopamineTerminal.Default.WithMaoInhibition(0, 0.6, even).SteadyState();

        // Then
        Assert.Equal(a.Micromolar(DopamineTerminal.Cda), b.Micromolar(DopamineTerminal.Cda), 1e-9);
    }

    [Fact]
    public void WithMaoInhibition_IsTheLumpedScaleTimesTheRemainingActivity() =>
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0.2, 5]).Sample(
            (a, b, scale) =>
            {
                var ht = SerotoninTerminal.Default.WithMaoScale(scale).WithMaoInhibition(a, b);
                var htLumped = SerotoninTerminal.Default.WithMaoScale(scale * MonoamineOxidase.Serotonin.Value.RemainingActivity(a, b));
                var da = DopamineTerminal.Default.WithMaoInhibition(a, b).WithMaoScale(scale);
                var daLumped = DopamineTerminal.Default.WithMaoScale(scale * MonoamineOxidase.DopamineRodentStriatum.Value.RemainingActivity(a, b));
                return Close(htLumped.SteadyState().Micromolar(SerotoninTerminal.Cht), ht.SteadyState().Micromolar(SerotoninTerminal.Cht))
                    && Close(daLumped.SteadyState().Micromolar(DopamineTerminal.Cda), da.SteadyState().Micromolar(DopamineTerminal.Cda));
            },
            iter: 5);

    [Fact]
    public void WithMaoInhibition_ReplacesEarlierInhibition_AndKeepsMaoScale()
    {
        // Given
        var model = SerotoninTerminal.Default.WithMaoScale(0.7).WithMaoInhibition(0.9, 0.2);

        // When
        var cleared = model.WithMaoInhibition(0, 0);

        // Then
        Assert.Equal(1, cleared.MaoRemainingActivity);
        Assert.Equal(0.7, cleared.MaoScale);
        Assert.Equal((0.9 * 0.1) + (0.1 * 0.8), model.MaoRemainingActivity, 1e-12);
    }

    [Fact]
    public void WithMaoInhibition_NullShare_KeepsTheModelsShare()
    {
        var human = MonoamineOxidase.DopamineHumanBasalGanglia.Value;
        var model = DopamineTerminal.Default.WithMaoInhibition(0, 0.5, human).WithMaoInhibition(0.5, 0);
        Assert.Equal(human, model.MaoShare);
        Assert.Equal(MonoamineOxidase.DopamineRodentStriatum.Value, DopamineTerminal.Default.MaoShare);
        Assert.Equal(MonoamineOxidase.Serotonin.Value, SerotoninTerminal.Default.MaoShare);
    }

    [Fact]
    public void BothFullyInhibited_StillHaveASteadyState_WithMoreStoredTransmitter()
    {
        var ht = SerotoninTerminal.Default.WithMaoInhibition(1, 1);
        var da = DopamineTerminal.Default.WithMaoInhibition(1, 1);
        Assert.Equal(0, ht.MaoRemainingActivity);
        Assert.True(ht.SteadyState().Micromolar(SerotoninTerminal.Vht) > SerotoninTerminal.Default.SteadyState().Micromolar(SerotoninTerminal.Vht));
        Assert.True(da.SteadyState().Micromolar(DopamineTerminal.Vda) > DopamineTerminal.Default.SteadyState().Micromolar(DopamineTerminal.Vda));
    }

    [Fact]
    public void ToString_ShowsTheInhibition_OnlyWhenThereIsSome()
    {
        Assert.DoesNotContain("inhibited", SerotoninTerminal.Default.ToString(), StringComparison.Ordinal);
        Assert.Contains("MAO-A inhibited 90%, MAO-B 0% (MAO-A 90% / MAO-B 10%)", SerotoninTerminal.Default.WithMaoInhibition(0.9, 0).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maoA")]
    [InlineData("maoB")]
    public void WithMaoInhibition_BadValue_ThrowsNamingParameterValueAndRange(string param)
    {
        MaoRemainingActivityTests.OutOfUnitRange.Sample(x =>
        {
            var (a, b) = param == "maoA" ? (x, 0.0) : (0.0, x);
            foreach (var call in new Action[] { () => SerotoninTerminal.Default.WithMaoInhibition(a, b), () => DopamineTerminal.Default.WithMaoInhibition(a, b) })
            {
                var e = Assert.Throws<ParameterOutOfRangeException>(call);
                Assert.Equal(param, e.ParamName);
                Assert.Equal(x, (double)e.ActualValue!);
                Assert.Contains("[0, 1]", e.Message, StringComparison.Ordinal);
            }
        });
    }

    private static bool Close(double expected, double actual) =>
        Math.Abs(expected - actual) <= 1e-6 * Math.Max(Math.Abs(expected), 1e-9);
}
