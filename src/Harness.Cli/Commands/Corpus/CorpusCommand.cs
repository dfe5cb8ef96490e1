using System.Globalization;
using System.Text;
using System.Text.Json;
using LLama;
using LLama.Common;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Harness.Training.Corpus;
using Llama2Validation.Harness.Training.Tokens;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Corpus;

/// <summary>
/// Writes the generated summarisation corpus and its token ids for training (scripts/train/): the
/// tokenizer is llama.cpp's own, loaded vocabulary-only, so the ids are those a run feeds the model.
/// </summary>
internal sealed class CorpusCommand : Command<CorpusSettings>
{
    public override int Execute(CommandContext context, CorpusSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(settings.Out ?? Path.Combine(RepositoryLayout.Current.ArtifactsFolder, "corpus"));
        Directory.CreateDirectory(folder);
        var tokenizerModel = settings.Tokenizer ?? GeneratedModels.GetOrCreate("tiny", WeightType.F16, cancellationToken: cancellationToken).Path;
        LlamaNative.EnsureLoaded();
        using var weights = LLamaWeights.LoadFromFile(new ModelParams(tokenizerModel) { VocabOnly = true, GpuLayerCount = 0 });
        var tokenizer = new TrainingTokenizer(
            (text, bos) => weights.Tokenize(text, bos, special: false, Encoding.UTF8).Select(token => (int)token).ToList(),
            (int)(weights.Vocab.BOS ?? throw new InvalidOperationException("The tokenizer model has no BOS.")),
            (int)(weights.Vocab.EOS ?? throw new InvalidOperationException("The tokenizer model has no EOS.")),
            weights.Vocab.Count);

        var splits = new List<TokenizedSplit>();
        foreach (var (split, count) in new[] { (CorpusSplit.Train, settings.Train), (CorpusSplit.HeldOut, settings.HeldOut) })
        {
            var name = split.ToString().ToLowerInvariant();
            var articles = HowToCorpus.Generate(split, count, settings.Seed).ToList();
            WikiLinguaJsonlWriter.Write(articles, Path.Combine(folder, $"{name}.jsonl"));
            var examples = ExampleBuilder.Build(articles).Examples;
            var written = TrainingTokenWriter.Write(examples, tokenizer, folder, name);
            splits.Add(written);
            AnsiConsole.MarkupLineInterpolated($"{name,-8} {written.Examples,6} examples  {written.Tokens.ToString("N0", CultureInfo.InvariantCulture),12} tokens  longest {written.LongestExample}");
        }

        var manifest = new
        {
            generator = "l2v corpus (src/Harness/Training/Corpus)",
            generatorVersion = HowToCorpus.Version,
            seed = settings.Seed,
            promptSuffix = Example.PromptSuffix,
            tokenizerModel = Path.GetFileName(tokenizerModel),
            vocabularySize = tokenizer.VocabularySize,
            bosId = tokenizer.BosId,
            eosId = tokenizer.EosId,
            splits,
        };
        AtomicFile.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(manifest, HarnessJson.Options) + "\n");
        AnsiConsole.MarkupLineInterpolated($"wrote   {folder}");
        return 0;
    }
}
