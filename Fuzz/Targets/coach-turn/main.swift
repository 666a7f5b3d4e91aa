import FuzzerMain

// libFuzzer feeds each input to one coach turn after another (`FuzzTargets.run("coach-turn", _:)`).
FuzzerMain.run("coach-turn")
