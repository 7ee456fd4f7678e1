using CsCheck;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>
/// States and models of the wrong kind, and unknown state names, are rejected with an
/// <see cref="InvalidParameterException"/> that names the parameter and lists what is valid
/// (regression: a dopamine state passed to the serotonin model's SynthesisRate used to throw
/// IndexOutOfRangeException).
/// </summary>
public sealed class TerminalStateCheckTests
{
    private static readonly TerminalModel[] Models = [DopamineTerminal.Default, SerotoninTerminal.Default, GabaTerminal.Default];

    [Fact]
    public void RateHelpers_RejectAStateOfAnotherModel()
    {
        var da = DopamineTerminal.Default.SteadyState();
        var gaba = GabaTerminal.Default.SteadyState();

        var e1 = Assert.Throws<InvalidParameterException>(() => SerotoninTerminal.Default.SynthesisRate(da));
        var e2 = Assert.Throws<InvalidParameterException>(() => DopamineTerminal.Default.ThRate(gaba));
        var e3 = Assert.Throws<InvalidParameterException>(() => GabaTerminal.Default.TonicActivation(da));

        Assert.All([e1, e2, e3], e => Assert.Equal("state", e.ParamName));
        Assert.Contains("tyr, tyrpool", e1.Message); // what was given
        Assert.Contains("trp, trppool", e1.Message); // what is valid
    }

    [Fact]
    public void Simulate_AndRespond_RejectAnotherModelsStateOrModel()
    {
        var da = DopamineTerminal.Default;
        Assert.Equal("start", Assert.Throws<InvalidParameterException>(() => da.Simulate(GabaTerminal.Default.SteadyState(), Duration.FromHours(1))).ParamName);
        Assert.Equal("changed", Assert.Throws<InvalidParameterException>(() => da.Respond(GabaTerminal.Default, Duration.FromHours(1))).ParamName);
    }

    [Fact]
    public void UnknownStateName_ThrowsListingTheKnownNames() =>
        Gen.String[Gen.Char.AlphaNumeric, 1, 12].Sample(name =>
        {
            foreach (var model in Models.Where(m => !m.StateNames.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                var state = model.InitialGuess;
                var e = Assert.Throws<InvalidParameterException>(() => state.Micromolar(name));
                Assert.Equal("name", e.ParamName);
                Assert.Contains($"'{name}'", e.Message);
                Assert.Contains(string.Join(", ", model.StateNames), e.Message);
                Assert.Throws<InvalidParameterException>(() => state[name]);
            }
        });

    [Fact]
    public void BlankStateName_IsRejected()
    {
        var state = DopamineTerminal.Default.InitialGuess;
        Assert.Equal("name", Assert.Throws<InvalidParameterException>(() => state.Micromolar(" ")).ParamName);
        Assert.Equal("name", Assert.Throws<InvalidParameterException>(() => state.Micromolar("typo")).ParamName);
        var run = DopamineTerminal.Default.Simulate(state, Duration.FromHours(1), 3);
        var e = Assert.Throws<InvalidParameterException>(() => run["typo"]);
        Assert.Equal("name", e.ParamName);
        Assert.Contains("tyr, tyrpool", e.Message);
    }
}
