using CsCheck;
using NeuroBalance.Models.Hormones;

namespace NeuroBalance.Tests.Models.Hormones;

/// <summary>The illustrative cycle: anchors reproduce the phase scenarios, interpolation stays between them, the day wraps.</summary>
public sealed class MenstrualCycleTests
{
    [Fact]
    public void StateOnDay_AtEachAnchor_IsThatPhaseScenario()
    {
        foreach (var (day, phase) in MenstrualCycle.Anchors)
        {
            var state = MenstrualCycle.StateOnDay(day);
            foreach (var h in Enum.GetValues<Hormone>())
            {
                Assert.Equal(phase.State.Level(h), state.Level(h), 12);
            }
        }
    }

    [Fact]
    public void StateOnDay_EstradiolPeaksAtDay13_ProgesteroneAtDay21()
    {
        // Given the cycle sampled every half day
        var days = Enumerable.Range(0, 57).Select(i => i * 0.5).ToArray();

        // When the peak days are found
        var e2Peak = days.MaxBy(d => MenstrualCycle.StateOnDay(d).Estradiol);
        var p4Peak = days.MaxBy(d => MenstrualCycle.StateOnDay(d).Progesterone);

        // Then they are the anchor days of the late follicular and mid-luteal phases
        Assert.Equal(13, e2Peak);
        Assert.Equal(21, p4Peak);
    }

    [Fact]
    public void StateOnDay_WrapsEvery28Days() =>
        Gen.Double[0, 900].Sample(day =>
            Assert.Equal(MenstrualCycle.StateOnDay(day % 28).Estradiol, MenstrualCycle.StateOnDay(day).Estradiol, 9));

    [Fact]
    public void StateOnDay_StaysWithinTheAnchorLevels() =>
        Gen.Double[0, 28].Sample(day =>
        {
            var s = MenstrualCycle.StateOnDay(day);
            Assert.InRange(s.Estradiol, 0.4, 2.5);
            Assert.InRange(s.Progesterone, 0.1, 3);
            Assert.InRange(s.Allopregnanolone, 0.3, 2.5);
            Assert.Equal(1, s.T3);
        });

    [Theory]
    [InlineData(0, "Early follicular phase")]
    [InlineData(12, "Late follicular phase")]
    [InlineData(21, "Mid-luteal phase")]
    [InlineData(26, "Late luteal phase")]
    [InlineData(28 + 21, "Mid-luteal phase")]
    public void PhaseOnDay_NamesThePhase(double day, string phase) => Assert.Equal(phase, MenstrualCycle.PhaseOnDay(day));

    [Fact]
    public void BadDay_ThrowsNamingTheParameter() =>
        Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Double[-1e6, -1e-9], Gen.Double[1000.001, 1e9]).Sample(day =>
        {
            Assert.Equal("day", Assert.Throws<ParameterOutOfRangeException>(() => MenstrualCycle.StateOnDay(day)).ParamName);
            Assert.Equal("day", Assert.Throws<ParameterOutOfRangeException>(() => MenstrualCycle.PhaseOnDay(day)).ParamName);
        });
}
