using NeuroBalance.Models.Solvers;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>The typed state handles (<c>DopamineTerminal.Eda</c>) name each model's states in order and refuse another model's state.</summary>
public sealed class StateVariableTests
{
    public static TheoryData<TerminalModel, IReadOnlyList<IStateVariable>> Models { get; } = new()
    {
        { DopamineTerminal.Default, DopamineTerminal.Variables },
        { SerotoninTerminal.Default, SerotoninTerminal.Variables },
        { GabaTerminal.Default, GabaTerminal.Variables },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Handles_NameEveryStateInOrder_AndReadTheSameValueAsTheName(TerminalModel model, IReadOnlyList<IStateVariable> variables)
    {
        Assert.Equal(model.StateNames, variables.Select(v => v.Name));
        Assert.Equal(Enumerable.Range(0, model.StateNames.Count), variables.Select(v => v.Index));
        Assert.All(variables, v => Assert.Equal(model.GetType(), v.Model));
        var state = model.SteadyState();
        Assert.All(variables, v => Assert.Equal(state.Micromolar(v.Name), state.Micromolar(v)));
    }

    [Fact]
    public void Handle_OfAnotherModel_IsRefusedByStateAndTrajectory()
    {
        var serotonin = SerotoninTerminal.Default.SteadyState();
        var e = Assert.Throws<InvalidParameterException>(() => serotonin.Micromolar(DopamineTerminal.Eda));
        Assert.Equal("variable", e.ParamName);
        Assert.Contains("eda is a state of DopamineTerminal, but this state is of SerotoninTerminal", e.Message, StringComparison.Ordinal);

        var run = SerotoninTerminal.Default.Simulate(serotonin, Duration.FromHours(1), 3);
        Assert.Equal("variable", Assert.Throws<InvalidParameterException>(() => run[DopamineTerminal.Eda]).ParamName);
        Assert.Equal(run["eht"].Values, run[SerotoninTerminal.Eht].Values);
    }

    [Fact]
    public void NameLookup_UnknownName_ListsTheValidNames()
    {
        var e = Assert.Throws<InvalidParameterException>(() => GabaTerminal.Default.SteadyState().Micromolar("gaba"));
        Assert.Contains("Known states: gaba_cyt, gaba_ves, gaba_ext, gaba_glia", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ReadsAsItsNameAndMeaning() => Assert.Equal("eda (extracellular dopamine)", DopamineTerminal.Eda.ToString());
}
