using Microsoft.DotNet.Interactive.Documents;

namespace NeuroBalance.Course.Documents;

internal static class KernelInfoCollectionExtensions
{
    internal static KernelInfoCollection With(this KernelInfoCollection kernels, string name, string? alias, string? language)
    {
        kernels.Add(new KernelInfo(name, language, alias is null ? null : [alias]));
        return kernels;
    }
}
