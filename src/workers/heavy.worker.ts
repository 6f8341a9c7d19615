/// <reference lib="webworker" />
import { expose } from "comlink";
import { createHeavyApi } from "./heavyApi";

expose(createHeavyApi());
