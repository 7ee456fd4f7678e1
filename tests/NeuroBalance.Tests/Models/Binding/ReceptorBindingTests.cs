using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Binding;

public sealed class ReceptorBindingTests
{
    [Fact]
    public void FromKd_IsMassAction()
    {
        var site = ReceptorBinding.FromKd("site", Concentration.FromNanomolar(90));

        Assert.Equal(1, site.HillCoefficient);
        Assert.Equal(0.5, site.OccupancyAt(Concentration.FromNanomolar(90)));
        Assert.Equal(810, site.ConcentrationFor(0.9).Nanomolar, 9);
        Assert.Equal("site (Kd = 90 nM)", site.ToString());
    }

    [Fact]
    public void WithHill_ShowsTheCoefficient()
    {
        var site = ReceptorBinding.WithHill("GABA-A", Concentration.FromMicromolar(11.6), 2.2);
        Assert.Equal("GABA-A (K = 11.6 µM, n = 2.2)", site.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void FromKd_BlankName_Throws(string name)
    {
        var e = Assert.Throws<InvalidParameterException>(() => ReceptorBinding.FromKd(name, Concentration.FromNanomolar(1)));
        Assert.Equal("name", e.ParamName);
    }

    [Fact]
    public void FromKd_ZeroKd_Throws()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => ReceptorBinding.FromKd("site", Concentration.Zero));
        Assert.Equal("kd", e.ParamName);
        Assert.Contains("kd must be a finite number greater than 0 nM, but was 0 nM.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithHill_ZeroHalfOccupancy_ThrowsNamingIt()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => ReceptorBinding.WithHill("site", Concentration.Zero, 2));
        Assert.Equal("halfOccupancy", e.ParamName);
    }
}
