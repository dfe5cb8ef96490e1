using Llama2Validation.Cli;
using Llama2Validation.Cli.Commands;
using Llama2Validation.Cli.Commands.Compare;
using Llama2Validation.Cli.Commands.Corpus;
using Llama2Validation.Cli.Commands.Gate;
using Llama2Validation.Cli.Commands.MemoryPlanning;
using Llama2Validation.Cli.Commands.Model;
using Llama2Validation.Cli.Commands.Results;
using Llama2Validation.Cli.Commands.Run;
using Spectre.Console.Cli;

ConsoleWidth.WidenWhenRedirected();
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("l2v");
    // A misspelt option (--limt 1) must be an error, not silently ignored while the full job runs.
    config.UseStrictParsing();
    config.SetExceptionHandler((exception, _) => CliErrors.Report(exception, args));
    config.AddCommand<RunCommand>("run").WithDescription("Run strategies over a dataset (no options: the trained summariser, sample corpus, all strategies).");
    config.AddCommand<BenchCommand>("bench").WithDescription("Benchmark the harness's per-token cost against a bare LLamaSharp loop, and batched against one at a time.");
    config.AddCommand<CompareCommand>("compare").WithDescription("Judge this build against its merge base's (LLAMA2VALIDATION_BASE) side by side: paired speed ratios with a confidence bound, greedy outputs.");
    config.AddCommand<ScoreCommand>("score").WithDescription("Score outputs (seed data_*.json or results.json) with rouge_score-exact ROUGE-1/2/L.");
    config.AddCommand<HwCommand>("hw").WithDescription("Detect the hardware class and show which strategies this machine runs.");
    config.AddCommand<InspectCommand>("inspect").WithDescription("Read and validate a GGUF file's header: facts, key metadata, tensor totals by type, every problem; exit 1 when invalid.");
    config.AddCommand<ReportCommand>("report").WithDescription("Merge results.json files into report.md, report.html and PNG charts.");
    config.AddCommand<ServeCommand>("serve").WithDescription("Serve a GGUF model over an OpenAI-compatible API on loopback (the endpoint strategy's own server).");
    config.AddCommand<MakeModelCommand>("make-model").WithDescription("Write a synthetic Llama-architecture GGUF model (tiny or llama2-7b shape).");
    config.AddCommand<MakeSummariserCommand>("make-summariser").WithDescription("Write a trainer's export (weights.json + weights.bin) as the F16 summariser GGUF (default: models/).");
    config.AddCommand<VersionCommand>("version").WithDescription("Print the harness commit and library versions.");
    config.AddCommand<ApproveCommand>("approve").WithDescription("Accept received snapshots and baseline proposals (a person's act; refused under CI).");
    config.AddBranch("gate", GateBranch.Configure);
    config.AddCommand<CheckCommand>("check").WithDescription("Judge a saved results.json against the verified baselines; exit 1 on any failure.");
    config.AddCommand<MemoryCommand>("memory").WithDescription("Predict memory (weights, KV, compute, CUDA) for a model and context; largest parallel count per GPU class; --sweep; --measure.");
    config.AddCommand<CorpusCommand>("corpus").WithDescription("Write the generated how-to summarisation corpus (train + held-out) and its token ids for training the summariser.");
    config.AddCommand<DatasetCommand>("dataset").WithDescription("Load a dataset and manifest as a run would; show examples, problems and the dataset hash.");
});

return await app.RunAsync(args).ConfigureAwait(false);
