using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Tests.Documents;

/// <summary>The one exercise-id finder that lint and the tests share.</summary>
public sealed class ExerciseCallsTests
{
    [Theory]
    [InlineData("var ex = Exercise.Get(\"binding-kd-1\");")]
    [InlineData("var ex = Exercise.Get( \"binding-kd-1\" );")]
    [InlineData("Exercise.Get(\"binding-kd-1\", catalog)")]
    public void Ids_FindTheLiteralId_WithOrWithoutSpaces(string code) =>
        Assert.Equal(["binding-kd-1"], ExerciseCalls.Ids(code));

    [Fact]
    public void In_ANonLiteralArgument_IsFoundWithoutAnId()
    {
        var call = Assert.Single(ExerciseCalls.In("var ex = Exercise.Get(id);"));

        Assert.Null(call.Id);
        Assert.Equal(9, call.Offset);
    }

    [Fact]
    public void Ids_OfANotebook_ReadOnlyCodeCells_InOrderOfFirstUse()
    {
        var notebook = DibFile.Parse("#!markdown\n\nExercise.Get(\"prose\")\n\n#!csharp\n\nExercise.Get(\"b\");\nExercise.Get(\"a\");\n\n#!csharp\n\nExercise.Get( \"b\" )\n", "x.dib");

        Assert.Equal(["b", "a"], ExerciseCalls.Ids(notebook));
    }
}
